using System.Net;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Web;

/// <summary>Every content file, served by the real app, the way a visitor's browser gets it.</summary>
public sealed class PageTests(SharedSite site)
{
    public static TheoryData<string> ContentFiles() =>
        [.. Directory.EnumerateFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Content, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("kit/", StringComparison.Ordinal) && !f.Contains("/kit/", StringComparison.Ordinal)) // the schools kit's letter and its translations: see SchoolsKitTests, KitTranslationTests
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> AllPaths() =>
        [.. ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/").Append("/no-such-page")];

    /// <summary>Every HTML page: content, home, 404, search and the schools kit's pages.</summary>
    public static TheoryData<string> EveryHtmlPage() =>
        [.. ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/").Append("/no-such-page").Append("/search")
            .Concat(KnowAboutCse.Web.Schools.SchoolsKitPaths.Pages)];

    /// <summary>
    /// WCAG 1.3.1 and the Nu Html Checker: one h1 first, and no heading more than one level below the
    /// heading before it, so a screen reader's list of headings is the page's outline.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryHtmlPage))]
    public async Task Get_EveryPage_HeadingsGoDownOneLevelAtATime(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: h.TextContent.Trim())).ToList();

        Assert.Equal(1, levels[0].Level);
        Assert.Single(levels, h => h.Level == 1);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i].Level <= levels[i - 1].Level + 1, $"{path}: \"{levels[i].Text}\" (h{levels[i].Level}) follows \"{levels[i - 1].Text}\" (h{levels[i - 1].Level})");
        }
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public async Task Get_EveryContentFile_IsServedAtItsUrlWithItsTitle(string file)
    {
        var snapshot = ContentLoader.Load(RepoPaths.Content);
        var page = snapshot.AllPages.Concat(snapshot.Languages.Pages).Single(p => p.SourcePath == file); // translations too
        var expectedTitle = TitleFromFrontMatter(File.ReadAllText(Path.Combine(RepoPaths.Content, file)));

        var (response, document) = await site.GetPageAsync(page.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedTitle, Assert.Single(document.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal($"{expectedTitle} – Know About CSE", document.Title);
        Assert.Equal("https://www.knowaboutcse.co.uk" + page.Url, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")!.GetAttribute("content")));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public async Task Get_AnyPage_ShowsThe999LineQuickExitAndSkipLink(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        var dangerLine = document.QuerySelector(".danger-line")!;
        Assert.StartsWith("In immediate danger? Call 999.", dangerLine.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("tel:999", dangerLine.QuerySelector("a.tel")!.GetAttribute("href"));
        Assert.NotNull(dangerLine.QuerySelector("a[href='/get-help']"));

        // The skip link comes first, then the exit, before anything else a keyboard reaches.
        var focusable = document.QuerySelectorAll("a[href], button, input, select, textarea").ToList();
        Assert.Equal("#main", focusable[0].GetAttribute("href"));
        Assert.Contains("Exit this page", focusable[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("nofollow noreferrer", focusable[1].GetAttribute("rel"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public async Task Get_AnyPage_FooterListsKeyContactsFromTheDataFile(string path)
    {
        var contacts = ContentLoader.Load(RepoPaths.Content).Contacts;
        var (_, document) = await site.GetPageAsync(path);

        var footerNumbers = document.QuerySelectorAll(".key-contacts a.tel").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal(
            KnowAboutCse.Web.Contacts.KeyContacts.Footer.Select(id => (contacts[id].Phone!, contacts[id].TelHref)).ToList(),
            footerNumbers);
    }

    [Theory]
    [InlineData("parents")]
    [InlineData("youngpeople")]
    public async Task Get_SectionIndex_ListsItsPagesInOrder(string section)
    {
        var loaded = ContentLoader.Load(RepoPaths.Content).FindSection(section)!;
        var headings = loaded.Index.Groups ?? [];
        var expected = loaded.Pages
            .OrderBy(p => p.Group is null ? -1 : headings.ToList().IndexOf(p.Group)).ThenBy(p => p.Order)
            .Select(p => (p.Url, p.Title)).ToList();

        var (_, document) = await site.GetPageAsync("/" + section);

        var listed = document.QuerySelectorAll(".page-list a").Select(a => (a.GetAttribute("href")!, a.TextContent)).ToList();
        Assert.Equal(expected, listed);
        Assert.Equal(headings.Count > 0 ? headings : ["Pages in this section"],
            document.QuerySelectorAll(".page-list").Select(list => list.PreviousElementSibling!.TextContent.Trim()));
        Assert.True(listed.Count >= 6, $"{section} has {listed.Count} pages; the brief asks for at least six.");
    }

    [Fact]
    public async Task Get_PageInSection_LinksToPreviousAndNextAndShowsReviewedDate()
    {
        var pages = ContentLoader.Load(RepoPaths.Content).FindSection("parents")!.Pages;
        var middle = pages[1];

        var (_, document) = await site.GetPageAsync(middle.Url);

        Assert.Equal(pages[0].Url, document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(pages[2].Url, document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(middle.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            document.QuerySelector(".reviewed time")!.GetAttribute("datetime"));
        Assert.Equal(middle.Url, document.QuerySelector(".section-nav [aria-current=page]")!.GetAttribute("href"));
        Assert.Equal(["Home", "Parents and carers"], document.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Get_FirstAndLastPages_HaveNoLinkPastTheEnds()
    {
        var pages = ContentLoader.Load(RepoPaths.Content).FindSection("youngpeople")!.Pages;

        var (_, first) = await site.GetPageAsync(pages[0].Url);
        var (_, last) = await site.GetPageAsync(pages[^1].Url);

        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Get_Home_OffersTheTwoDoorsAndHelp()
    {
        var (response, document) = await site.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doors = document.QuerySelectorAll(".door__link").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("I’m a parent or carer", "/parents"), doors);
        Assert.Contains(("I’m a young person", "/youngpeople"), doors);
        Assert.Contains(("I need help now", "/get-help"), doors);
        Assert.Contains(("I work in a school", "/schools"), doors);
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/parents/no-such-page")]
    [InlineData("/youngpeople/a/b/c")]
    [InlineData("/parents/warning-signs.md")]
    [InlineData("/data/contacts.yml")]
    [InlineData("/content/parents/warning-signs.md")]
    public async Task Get_UnknownPath_IsAFriendly404WithHelpContacts(string path)
    {
        var (response, document) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")!.TextContent);
        var cards = document.QuerySelectorAll(".help-now .contact-card a.tel").Select(a => a.TextContent).ToList();
        Assert.Equal(["999", "0800 1111", "0808 800 5000"], cards);
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/Parents", "/parents")]
    [InlineData("/parents/", "/parents")]
    [InlineData("/PARENTS/WARNING-SIGNS/", "/parents/warning-signs")]
    [InlineData("/YoungPeople", "/youngpeople")]
    [InlineData("/Get-Help", "/get-help")]
    public async Task Get_NonCanonicalAddress_RedirectsPermanently(string path, string canonical)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/No-Such-Page/")]
    public async Task Get_NonCanonicalAddressOfNothing_IsNotRedirected(string path)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync(new Uri("http://localhost" + path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Head_Page_Succeeds()
    {
        using var client = site.CreatePlainClient();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/parents"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string TitleFromFrontMatter(string text) =>
        text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"', '\'');
}
