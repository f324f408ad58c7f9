using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace KnowAboutCse.Tests.Web;

public sealed class ReloadTests
{
    private static async Task<string> WaitForTitleAsync(SiteFactory factory, string path, string expected)
    {
        for (var i = 0; i < 50; i++)
        {
            var (_, document) = await factory.GetPageAsync(path);
            var title = document.QuerySelector("h1")?.TextContent ?? string.Empty;
            if (title == expected)
            {
                return title;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return (await factory.GetPageAsync(path)).Document.QuerySelector("h1")?.TextContent ?? string.Empty;
    }

    [Fact]
    public async Task Watch_EditedFile_IsServedWithoutRestart()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Content:Watch"] = "true" });
        _ = await factory.GetPageAsync("/parents/first");

        folder.Write("parents/first.md", TinySite.Page("First page, edited", 1, "New text."));

        Assert.Equal("First page, edited", await WaitForTitleAsync(factory, "/parents/first", "First page, edited"));
    }

    [Fact]
    public async Task Watch_BrokenEdit_KeepsServingTheLastGoodVersionAndLogsTheProblem()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Content:Watch"] = "true" });
        _ = await factory.GetPageAsync("/parents/first");

        folder.Write("parents/first.md", "---\ntitle: [broken\n---\n");
        for (var i = 0; i < 50 && !factory.Logs.Lines.Any(l => l.Contains("reload failed", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Contains(factory.Logs.Lines, l => l.Contains("parents/first.md:2", StringComparison.Ordinal));
        var (response, document) = await factory.GetPageAsync("/parents/first");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("First page", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void TryReload_BrokenContent_ReturnsFalseAndKeepsTheSnapshot()
    {
        using var folder = TinySite.Create();
        using var factory = new SiteFactory(folder.Path);
        _ = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var before = store.Current;

        folder.Delete("parents/_index.md");

        Assert.False(store.TryReload());
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Version_CountsTheStartUpLoadAndEachReloadThatSucceeds()
    {
        using var folder = TinySite.Create();
        using var factory = new SiteFactory(folder.Path);
        _ = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var atStart = store.Version;
        Assert.Equal(1, atStart);

        Assert.True(store.TryReload());
        Assert.Equal(atStart + 1, store.Version);

        folder.Delete("parents/_index.md");
        Assert.False(store.TryReload());
        Assert.Equal(atStart + 1, store.Version);
    }
}

/// <summary>One response never mixes two versions of the content, even when a reload lands while it is being made.</summary>
public sealed class OneSnapshotPerRequestTests
{
    /// <summary>After the controller has chosen the page and before the views render, loads a changed contacts file.</summary>
    private sealed class ReloadMidwayFilter(ContentFolder folder) : Microsoft.AspNetCore.Mvc.Filters.IResultFilter
    {
        public void OnResultExecuting(Microsoft.AspNetCore.Mvc.Filters.ResultExecutingContext context)
        {
            if (context.HttpContext.Request.Path == "/parents/second")
            {
                folder.Replace("data/contacts.yml", "name: NSPCC Helpline", "name: NSPCC Helpline (changed)");
                context.HttpContext.RequestServices.GetRequiredService<ContentStore>().Load();
            }
        }

        public void OnResultExecuted(Microsoft.AspNetCore.Mvc.Filters.ResultExecutedContext context)
        {
        }
    }

    [Fact]
    public async Task Reload_WhileAPageRenders_TheWholeResponseComesFromTheContentItStartedWith()
    {
        using var folder = TinySite.Create();
        await using var factory = new SiteFactory(folder.Path, new() { ["Site:StoreResponses"] = "false" });
        using var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new ReloadMidwayFilter(folder))))).CreateClient();

        var html = await client.GetStringAsync("/parents/second", TestContext.Current.CancellationToken);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        // The page's own card (rendered with the page) and the layout's footer (rendered after the reload) agree.
        Assert.Contains("NSPCC Helpline", document.QuerySelector("main .contact-card")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(changed)", html, StringComparison.Ordinal);
        Assert.Contains("(changed)", (await client.GetStringAsync("/parents/second", TestContext.Current.CancellationToken)), StringComparison.Ordinal); // the next request sees the reload
    }
}
