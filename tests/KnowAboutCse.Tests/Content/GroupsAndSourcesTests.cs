using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Tests.Content;

/// <summary>
/// Section headings (a front page's <c>groups</c>, a page's <c>group</c>) keep a long section's
/// list short to scan; a page's <c>sources</c> say where its facts come from, and which ones the
/// partnership has still to confirm.
/// </summary>
public sealed class GroupsAndSourcesTests
{
    private static string WithFrontMatter(string page, string lines) => page.Replace("reviewed:", lines + "\nreviewed:", StringComparison.Ordinal);

    /// <summary>The tiny site with two headings on the parents' front page: "Signs" first, then "Help".</summary>
    private static ContentFolder Grouped() => TinySite.Create()
        .Write("parents/_index.md", WithFrontMatter(TinySite.Page("For parents", null, "Welcome."), "groups: [\"Signs\", \"Help\"]"))
        .Write("parents/first.md", WithFrontMatter(TinySite.Page("First page", 1, "See [the second](/parents/second)."), "group: Help"))
        .Write("parents/second.md", WithFrontMatter(TinySite.Page("Second page", 2, "{{contact nspcc}}"), "group: Signs"));

    [Fact]
    public void Load_SectionWithGroups_ListsPagesUnderTheirHeadingsInTheFrontPagesOrder()
    {
        using var folder = Grouped();

        var section = ContentLoader.Load(folder.Path).FindSection("parents")!;

        Assert.Equal(["Signs", "Help"], section.Groups.Select(g => g.Heading));
        Assert.Equal(["/parents/second"], section.Groups[0].Pages.Select(p => p.Url));
        Assert.Equal(["/parents/second", "/parents/first"], section.Pages.Select(p => p.Url)); // previous/next follow the headings
    }

    [Fact]
    public void Load_SectionWithoutGroups_HasOneUntitledList()
    {
        using var folder = TinySite.Create();

        var (heading, pages) = Assert.Single(ContentLoader.Load(folder.Path).FindSection("parents")!.Groups);

        Assert.Null(heading);
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void Load_PageWithAGroupTheFrontPageDoesNotList_NamesTheFileLineAndTheHeadings()
    {
        using var folder = Grouped().Replace("parents/first.md", "group: Help", "group: Helps");

        var problem = Assert.Single(folder.LoadProblems());

        Assert.Equal(("parents/first.md", 5), (problem.File, problem.Line));
        Assert.Contains("Signs; Help", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PageWithoutAGroupInASectionWithHeadings_IsAProblem()
    {
        using var folder = Grouped().Replace("parents/first.md", "group: Help\n", string.Empty);

        Assert.Contains("Give the page a 'group'", Assert.Single(folder.LoadProblems()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GroupInASectionWithoutHeadings_IsAProblem()
    {
        using var folder = TinySite.Create().Replace("parents/first.md", "reviewed:", "group: Help\nreviewed:");

        var problem = Assert.Single(folder.LoadProblems());

        Assert.Equal(("parents/first.md", 5), (problem.File, problem.Line));
        Assert.Contains("lists no 'groups'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PageSources_KeepTheirTitleAddressAndLine()
    {
        using var folder = TinySite.Create().Replace("parents/first.md", "reviewed:",
            "sources:\n  - title: The letter\n  - title: A page found later\n    url: https://example.org/page\n    unconfirmed: true\nreviewed:");

        var page = ContentLoader.Load(folder.Path).FindPage("/parents/first")!;

        Assert.Equal(
            [new PageSource("The letter", null, false, 6), new PageSource("A page found later", "https://example.org/page", true, 7)],
            page.Sources);
        Assert.Equal("A page found later", Assert.Single(page.UnconfirmedSources).Title);
    }

    [Theory]
    [InlineData("  - url: https://example.org/page", "needs a 'title'")]
    [InlineData("  - title: A page\n    url: javascript:alert(1)", "full web address")]
    public void Load_BrokenSource_NamesItsLine(string source, string message)
    {
        using var folder = TinySite.Create().Replace("parents/first.md", "reviewed:", $"sources:\n{source}\nreviewed:");

        var problem = Assert.Single(folder.LoadProblems());

        Assert.Equal(("parents/first.md", 6), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnconfirmedSource_IsAWarningAtItsLine()
    {
        using var folder = TinySite.Create().Replace("parents/first.md", "reviewed:",
            "sources:\n  - title: A page found later\n    url: https://example.org/page\n    unconfirmed: true\nreviewed:");

        var finding = Assert.Single(ContentChecker.Check(folder.Path, new DateOnly(2026, 11, 28), new ReviewPeriods()).Findings, f => f.File == "parents/first.md");

        Assert.Equal((Severity.Warning, 6), (finding.Severity, finding.Line));
        Assert.Contains("A page found later", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionFrontPage_ShowsEachHeadingWithItsPages()
    {
        using var folder = Grouped();
        await using var site = new SiteFactory(folder.Path);

        var (_, document) = await site.GetPageAsync("/parents");

        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Signs", "Help"], headings);
        Assert.Equal("/parents/second", document.QuerySelector("main h2 + ol.page-list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Page_ListsItsSourcesAndMarksTheUnconfirmedOnes()
    {
        using var folder = TinySite.Create().Replace("parents/first.md", "reviewed:",
            "sources:\n  - title: The letter\n  - title: A page found later\n    url: https://example.org/page\n    unconfirmed: true\nreviewed:");
        await using var site = new SiteFactory(folder.Path);

        var (_, document) = await site.GetPageAsync("/parents/first");

        var items = document.QuerySelectorAll("section.sources li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("The letter", items[0]);
        Assert.StartsWith("A page found later", items[1], StringComparison.Ordinal);
        Assert.Contains("not yet confirmed", items[1], StringComparison.Ordinal);
        Assert.Equal("https://example.org/page", document.QuerySelector("section.sources a")!.GetAttribute("href"));
    }
}

/// <summary>Young people's pages are held to a higher reading-ease floor than adults' pages.</summary>
public sealed class ReadingEaseFloorTests
{
    /// <summary>Plain for an adult, a little hard for a 12-year-old: it scores between 60 and 70.</summary>
    private static readonly string MiddlingPage = string.Join("\n\n", Enumerable.Repeat(
        "Some people who want to harm children act friendly and generous at first. " +
        "Afterwards they introduce pressure, secrets and threats, and the child feels trapped and responsible.", 5));

    private static (Finding? Finding, ReadingScore Score) Check(string file)
    {
        using var folder = TinySite.Create()
            .Write("youngpeople/_index.md", TinySite.Page("For young people", null, "Welcome."))
            .Write(file, TinySite.Page("Middling page", 3, MiddlingPage));
        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 11, 28), new ReviewPeriods());
        return (report.Findings.SingleOrDefault(f => f.File == file), Assert.Single(report.Scores, s => s.File == file));
    }

    [Fact]
    public void Check_YoungPeoplesPageBelowSeventy_IsAnError()
    {
        var (finding, score) = Check("youngpeople/middling.md");

        Assert.InRange(score.Score, 60, 70);
        Assert.Equal(70, score.Target);
        Assert.Equal(Severity.Error, finding?.Severity);
        Assert.Contains("aim for 70", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ParentsPageWithTheSameWords_Passes()
    {
        var (finding, score) = Check("parents/middling.md");

        Assert.InRange(score.Score, 60, 70);
        Assert.Equal(60, score.Target);
        Assert.Null(finding);
    }
}
