using System.Diagnostics;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Tests.Content;

public sealed class ContentCheckerTests
{
    private static readonly DateOnly ReviewDay = new(2026, 11, 28);

    /// <summary>The day every contact in the real contacts file was last checked.</summary>
    private static readonly DateOnly ContactsChecked = new(2026, 12, 2);

    private static CheckReport Check(ContentFolder folder, DateOnly? today = null) =>
        ContentChecker.Check(folder.Path, today ?? ReviewDay, new ReviewPeriods());

    private static (int Exit, string Output) RunCommand(params string[] args)
    {
        using var output = new StringWriter();
        var exit = CheckContentCommand.Run(args, output, TimeProvider.System);
        return (exit, output.ToString());
    }

    /// <summary>
    /// The real content has no errors, and warns only about what the owner must confirm before launch:
    /// the feedback address, contacts not yet confirmed, sources outside the content brief, the bank holiday dates, and translations no qualified speaker has checked.
    /// </summary>
    [Fact]
    public void Check_RealContent_HasNoErrorsAndWarnsOnlyAboutWhatTheOwnerMustConfirm()
    {
        var report = ContentChecker.Check(RepoPaths.Content, ContactsChecked, new ReviewPeriods());

        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        Assert.Single(report.Findings, f => f.File == "data/site.yml" && f.Message.Contains("feedback_email", StringComparison.Ordinal));
        Assert.All(report.Findings.Where(f => f.File != "data/site.yml"), f => Assert.True(
            f.Message.Contains("not in the content brief", StringComparison.Ordinal) || f.Message.Contains("has not been checked against a published source", StringComparison.Ordinal) ||
            f.Message.Contains("bank holiday dates are not yet confirmed", StringComparison.Ordinal) ||
            f.Message.Contains("speaker has checked this translation yet", StringComparison.Ordinal),
            f.ToString()));
        Assert.All(report.Scores.Where(s => s.Applies), s => Assert.True(s.Score >= s.Target, $"{s.File}: {s.Score} (needs {s.Target})"));
        Assert.All(report.Scores.Where(s => s.File.StartsWith("youngpeople/", StringComparison.Ordinal) && s.Applies), s => Assert.Equal(70, s.Target));
    }

    [Theory]
    [InlineData("She is a child prostitute.", "child prostitute")]
    [InlineData("This is risky behaviour.", "risky behaviour")]
    [InlineData("He keeps putting himself at risk.", "putting himself at risk")]
    [InlineData("They were consenting to it.", "consenting")]
    [InlineData("Treated like a sex worker.", "sex worker")]
    public void Check_BlamingLanguage_IsAnErrorAtItsLine(string sentence, string term)
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, $"Fine words.\n\n{sentence}"));

        var finding = Assert.Single(Check(folder).Findings, f => f.File == "parents/first.md");

        Assert.Equal((Severity.Error, 10), (finding.Severity, finding.Line));
        Assert.Contains(term, finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Keep any messages or pictures as evidence, but do not share or forward images of a child.")]
    [InlineData("Take a screenshot of the photo so the police can see it.")]
    [InlineData("Don't delete anything: keep the pictures as evidence.")]
    [InlineData("Save the images somewhere safe to show the police.")]
    [InlineData("Keep everything, including the pictures.")]
    public void Check_AdviceToKeepAnImage_IsAnErrorAtItsLine(string sentence)
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, $"Fine words.\n\n{sentence}"));

        var finding = Assert.Single(Check(folder).Findings, f => f.File == "parents/first.md");

        Assert.Equal((Severity.Error, 10), (finding.Severity, finding.Line));
        Assert.Contains("never tell anyone to keep, save, copy, screenshot or forward a sexual image of a child", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AdviceToKeepAnImageInAToolsWords_IsAnErrorInItsDataFile()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/warning-signs.yml", "    - Tell someone:", "    - Keep any messages or pictures as evidence.\n    - Tell someone:");

        var finding = Assert.Single(Check(folder).Findings, f => f.Severity == Severity.Error);

        Assert.Equal("data/warning-signs.yml", finding.File);
        Assert.Contains("Keep any messages or pictures as evidence", File.ReadAllLines(Path.Combine(folder.Path, finding.File))[finding.Line - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Never look at, copy, save, screenshot or forward a sexual picture or video of a child, even to report it.")]
    [InlineData("Do not delete the messages. Do not copy, forward or save any image.")]
    [InlineData("Don't delete the chat, but don't save any pictures.")]
    [InlineData("If you were pressured into sending a photo, it is not your fault.")]
    [InlineData("Keep the messages, and write down the usernames.")]
    [InlineData("Someone online keeps asking me for pictures.")]
    [InlineData("They keep on sending me photos.")]
    public void Check_AdviceNotToKeepImages_IsFine(string sentence)
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, $"Fine words.\n\n{sentence}"));

        Assert.DoesNotContain(Check(folder).Findings, f => f.File == "parents/first.md");
    }

    [Fact]
    public void Check_BoyfriendOrGirlfriend_IsAWarningToCheckTheWording()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, "He said he was her boyfriend."));

        var finding = Assert.Single(Check(folder).Findings, f => f.File == "parents/first.md");

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    private const string HardText =
        "Notwithstanding considerable organisational complexity, multidisciplinary safeguarding partnerships systematically " +
        "operationalise comprehensive interagency information-sharing methodologies, facilitating proportionate, " +
        "evidence-informed interventions regarding identified vulnerabilities.";

    /// <summary>Long enough to be scored (a hundred words or more).</summary>
    private static readonly string HardPage = string.Join("\n\n", Enumerable.Repeat(HardText, 6));

    [Fact]
    public void Check_HardToReadParentsPage_IsAnError()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, HardPage));

        var finding = Assert.Single(Check(folder).Findings, f => f.File == "parents/first.md");
        var score = Assert.Single(Check(folder).Scores, s => s.File == "parents/first.md");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.True(score.Score < 60);
    }

    [Fact]
    public void Check_HardToReadPageWithAnException_IsAllowedAndSaysWhy()
    {
        var page = TinySite.Page("First page", 1, HardPage).Replace("reviewed:", "reading_ease_exception: Quotes the statutory guidance word for word.\nreviewed:", StringComparison.Ordinal);
        using var folder = TinySite.Create().Write("parents/first.md", page);

        var report = Check(folder);

        Assert.DoesNotContain(report.Findings, f => f.File == "parents/first.md");
        Assert.Equal("Quotes the statutory guidance word for word.", Assert.Single(report.Scores, s => s.File == "parents/first.md").Exception);
    }

    [Fact]
    public void Check_ShortPage_IsReportedButNotHeldToTheTarget()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, HardText));

        var report = Check(folder);

        Assert.DoesNotContain(report.Findings, f => f.File == "parents/first.md");
        Assert.False(Assert.Single(report.Scores, s => s.File == "parents/first.md").Applies);
    }

    [Fact]
    public void Check_PageNotReviewedForOverAYear_IsAWarningAtTheReviewedLine()
    {
        using var folder = TinySite.Create();

        var finding = Assert.Single(Check(folder, ReviewDay.AddDays(366)).Findings, f => f.File == "parents/first.md");

        Assert.Equal((Severity.Warning, 5), (finding.Severity, finding.Line));
        Assert.DoesNotContain(Check(folder, ReviewDay.AddDays(365)).Findings, f => f.File == "parents/first.md");
    }

    [Fact]
    public void Check_ContactNotCheckedForSixMonths_IsAWarningAtTheContact()
    {
        using var folder = TinySite.Create();

        var findings = Check(folder, ContactsChecked.AddDays(184)).Findings.Where(f => f.File == "data/contacts.yml").ToList();

        var nspcc = Assert.Single(findings, f => f.Message.StartsWith("NSPCC", StringComparison.Ordinal));
        Assert.Equal("  - id: nspcc", File.ReadAllLines(Path.Combine(folder.Path, "data/contacts.yml"))[nspcc.Line - 1]);
    }

    [Theory]
    [InlineData("{{contact nobody}}", "Unknown contact id")]
    [InlineData("See [this](/parents/nowhere).", "not a page on this site")]
    [InlineData("<div>boxed</div>", "Raw HTML")]
    [InlineData("[x](javascript:alert(1))", "not allowed")]
    public void Check_ProblemsThatStopStartUp_AreErrorsWithFileAndLine(string body, string message)
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, body));

        var finding = Assert.Single(Check(folder).Findings);

        Assert.Equal(("parents/first.md", 8, Severity.Error), (finding.File, finding.Line, finding.Severity));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_CleanContent_Exits0AndReportsEveryScore()
    {
        using var folder = TinySite.Create().WithFeedbackAddress().WithEveryContactConfirmed().WithBankHolidaysConfirmed();

        var (exit, output) = RunCommand("--content", folder.Path, "--today", "2026-12-02", "--strict");

        Assert.Equal(0, exit);
        Assert.Contains("parents/first.md", output, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 0 warning(s) (strict: warnings count as errors).\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_BankHolidaysEndingWithinTwelveMonths_WarnsAtTheDatesAndFailsWhenStrict()
    {
        using var folder = TinySite.Create().WithFeedbackAddress().WithEveryContactConfirmed().WithBankHolidaysConfirmed();
        var datesLine = Array.IndexOf(File.ReadAllLines(Path.Combine(folder.Path, "data/bank-holidays.yml")), "dates:") + 1;

        // The list ends on 2028-12-26: twelve months from 2027-12-26 it still reaches; from the next day it does not.
        // (Long review periods, so pages and contacts are not overdue by then.)
        string[] periods = ["--page-review-days", "1000", "--contact-check-days", "1000"];
        var covered = RunCommand(["--content", folder.Path, "--today", "2027-12-26", "--strict", .. periods]);
        var (exit, output) = RunCommand(["--content", folder.Path, "--today", "2027-12-27", "--strict", .. periods]);

        Assert.Equal(0, covered.Exit);
        Assert.Equal(1, exit);
        Assert.Contains($"data/bank-holidays.yml:{datesLine}: warning: the bank holidays listed end 2028-12-26, less than 12 months after 2027-12-27: add the dates to at least 2028-12-27", output, StringComparison.Ordinal);
        Assert.Equal(0, RunCommand("--content", folder.Path, "--today", "2027-12-27").Exit); // a warning, not an error
    }

    [Fact]
    public void Check_BankHolidaysNotConfirmedOnTheirSource_IsAWarningAtTheSource()
    {
        using var folder = TinySite.Create();

        var finding = Assert.Single(Check(folder, ContactsChecked).Findings, f => f.File == "data/bank-holidays.yml");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("source:", File.ReadAllLines(Path.Combine(folder.Path, "data/bank-holidays.yml"))[finding.Line - 1]);
    }

    [Fact]
    public void Check_FeedbackAddressConfigured_HasNoWarningAboutIt()
    {
        using var folder = TinySite.Create().WithFeedbackAddress();

        Assert.DoesNotContain(Check(folder, ContactsChecked).Findings, f => f.File == "data/site.yml");
    }

    [Fact]
    public void Command_ContactAToolNamesRemoved_FailsNamingTheFileLineAndId()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/contacts.yml", "id: scas\n", "id: scas-renamed\n");

        var (exit, output) = RunCommand("--content", folder.Path);

        Assert.Equal(1, exit);
        Assert.Matches(@"data/who-to-contact\.yml:\d+: error: .*'scas'", output);
    }

    [Fact]
    public void Command_WarningsOnly_Exits0UnlessStrict()
    {
        using var folder = TinySite.Create();

        // Seven months on, the contacts are overdue for checking: warnings, not errors.
        Assert.Equal(0, RunCommand("--content", folder.Path, "--today", "2027-07-01").Exit);
        Assert.Equal(1, RunCommand("--content", folder.Path, "--today", "2027-07-01", "--strict").Exit);
    }

    [Fact]
    public void Command_Errors_Exit1WithOneLinePerProblem()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, "Risky behaviour.\n\n{{contact nobody}}"));

        var (exit, output) = RunCommand("--content", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("parents/first.md:10: error: Unknown contact id 'nobody'", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--today", "yesterday")]
    [InlineData("--bogus")]
    [InlineData("--content")]
    public void Command_BadOptions_Exit2WithUsage(params string[] args)
    {
        var (exit, output) = RunCommand(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: check-content", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_AsEditorsRunIt_ReportsAndSetsTheExitCode()
    {
        using var folder = TinySite.Create().Write("parents/first.md", TinySite.Page("First page", 1, "They call it risky behaviour."));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "KnowAboutCse.Web.dll"), "check-content", "--content", folder.Path])
        {
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("parents/first.md:8: error: \"risky behaviour\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("little", 2)]
    [InlineData("makes", 1)]
    [InlineData("wanted", 2)]
    [InlineData("wishes", 2)]
    [InlineData("relationship", 4)]
    [InlineData("exploitation", 4)]
    public void Syllables_CommonWords_AreCountedAsSpoken(string word, int syllables) =>
        Assert.Equal(syllables, ReadingEase.Syllables(word));

    [Fact]
    public void Score_PlainAgainstDenseText_RanksThemAsAReaderWould()
    {
        Assert.True(ReadingEase.Score("You can tell us. We will listen. It is not your fault.") > 90);
        Assert.True(ReadingEase.Score(HardText) < 0);
    }
}
