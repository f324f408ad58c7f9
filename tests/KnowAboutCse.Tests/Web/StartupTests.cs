using System.Diagnostics;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Web;

public sealed class StartupTests
{
    private static ContentFolder BrokenSite() => TinySite.Create()
        .Write("parents/broken.md", "---\ntitle: Broken\ndescription: [not closed\norder: 3\nreviewed: 2026-11-28\n---\n\nText.\n");

    [Fact]
    public void Start_BrokenContentFile_FailsWithFileAndLine()
    {
        using var folder = BrokenSite();
        using var factory = new SiteFactory(folder.Path);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var failure = Assert.Single(factory.Logs.Events, e => e.Exception is ContentLoadException);
        Assert.Equal(Serilog.Events.LogEventLevel.Error, failure.Level);
        Assert.Contains(((ContentLoadException)failure.Exception!).Problems, p => p.File == "parents/broken.md" && p.Line >= 3);
    }

    [Fact]
    public async Task Start_RealProcessWithBrokenContent_ExitsNonZeroNamingFileAndLineWithoutStackTrace()
    {
        using var folder = BrokenSite();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "KnowAboutCse.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Content__Path"] = folder.Path, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Matches(@"parents/broken\.md:[3-5]: YAML", text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OpeningHoursWithoutBankHolidays_FailsNamingTheContactsFileAndLine()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "        # The source: the Emergency Duty Team covers \"out of hours, weekends and bank holidays\".\n        bank_holidays: closed\n", string.Empty);
        using var factory = new SiteFactory(folder.Path);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var failure = Assert.Single(factory.Logs.Events, e => e.Exception is ContentLoadException);
        var problem = Assert.Single(((ContentLoadException)failure.Exception!).Problems);
        Assert.Equal("data/contacts.yml", problem.File);
        var lines = folder.Read("data/contacts.yml").Split('\n');
        Assert.Equal("        opening:", lines[problem.Line - 1]);
        Assert.Contains("01782 235100", lines[problem.Line - 2], StringComparison.Ordinal); // the Integrated Front Door's phone line
        Assert.Contains("'stoke-front-door'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.Contains($"data/contacts.yml:{problem.Line}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ftp://app.example")]
    public void Start_FormOriginThatIsNotAWebAddress_RefusesToStartSayingWhich(string origin)
    {
        using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:FormOrigin"] = origin });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var refused = Assert.Single(factory.Logs.Events, e => e.Exception is Microsoft.Extensions.Options.OptionsValidationException);
        Assert.Contains("Site:FormOrigin", refused.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_GoodContent_ServesItAndLogsThePageCount()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path);

        using var client = factory.CreateClient();
        var response = await client.GetAsync("/parents/second", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var contacts = ContentLoader.Load(folder.Path).Contacts.All.Count;
        Assert.Contains(factory.Logs.Lines, l => l.Contains($"Loaded 14 pages and {contacts} contacts", StringComparison.Ordinal));
    }
}
