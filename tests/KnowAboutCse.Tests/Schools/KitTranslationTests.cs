using System.Net;
using System.Xml.Linq;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Translations;
using Microsoft.Extensions.DependencyInjection;

namespace KnowAboutCse.Tests.Schools;

/// <summary>The Polish and Urdu letter and parents' poster (content/pl/kit/, content/ur/kit/): served, marked, linked and checked.</summary>
public sealed class KitTranslationTests(SharedSite site)
{
    private const string PublicBaseUrl = "https://schools.example.org";

    private static readonly string[] LetterPaths = ["/schools/letter", "/pl/schools/letter", "/ur/schools/letter"];

    [Theory]
    [InlineData("/pl/schools/letter", "pl", "ltr", "List do rodziców", "Szanowni Państwo")]
    [InlineData("/ur/schools/letter", "ur", "rtl", "والدین کے نام خط", "محترم والدین")]
    public async Task TranslatedLetter_IsServedInItsLanguage_WithTheUnreviewedNoteInBothLanguages(string path, string lang, string dir, string heading, string opening)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((lang, dir), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(opening, page.QuerySelector(".letter__body")!.TextContent, StringComparison.Ordinal);
        var note = page.QuerySelector(".kit-intro .translation-note")!;
        Assert.Contains("This translation has not yet been checked by a qualified speaker.", note.QuerySelectorAll("p")[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("This translation", note.QuerySelectorAll("p")[0].TextContent, StringComparison.Ordinal);
        Assert.All(note.QuerySelectorAll("a"), a => Assert.Equal("/schools/letter", a.GetAttribute("href")));
        Assert.Equal(path, page.QuerySelector(".kit-form")!.GetAttribute("action")![^path.Length..]);
        Assert.NotEmpty(page.QuerySelectorAll(".letter a.tel"));
    }

    [Fact]
    public async Task PolishLetter_FilledIn_ShowsTheSchoolAndAPolishDate_AndPointsParentsToThePolishPages()
    {
        var (response, page) = await site.GetPageAsync("/pl/schools/letter?school=Szko%C5%82a%20Testowa&date=2027-01-11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = page.QuerySelector(".letter__body")!.TextContent;
        Assert.Contains("szkoła Szkoła Testowa", body, StringComparison.Ordinal);
        Assert.Contains("11 stycznia 2027", body, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".letter__body a"), a => a.GetAttribute("href") == "/pl/parents" && a.TextContent.EndsWith("/pl/parents", StringComparison.Ordinal));
        Assert.Equal(["/pl/schools/qr/parents.svg", "/schools/qr/youngpeople.svg"], page.QuerySelectorAll(".letter .qr img").Select(i => i.GetAttribute("src")));
        Assert.StartsWith("Numery telefonów sprawdzono ", page.QuerySelector(".letter__checked")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "Czy ktoś może uwodzić Państwa dziecko, by je wykorzystać?")]
    [InlineData("ur", null)]
    public async Task TranslatedParentsPoster_IsInItsLanguage_AndItsCodeOpensTheTranslatedParentsPage(string lang, string? headline)
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = PublicBaseUrl });
        var (response, page) = await factory.GetPageAsync($"/{lang}/schools/poster/parents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        if (headline is not null)
        {
            Assert.Equal(headline, page.QuerySelector(".poster__headline")!.TextContent);
        }

        Assert.Equal(3, page.QuerySelectorAll(".poster__signs li").Length);
        Assert.NotNull(page.QuerySelector(".kit-intro .translation-note"));
        Assert.Equal($"/{lang}/schools/qr/parents.svg", page.QuerySelector(".poster__qr")!.GetAttribute("src"));
        Assert.Equal($"schools.example.org/{lang}/parents", page.QuerySelector(".poster__url")!.TextContent);
        using var client = factory.CreatePlainClient();
        var png = await client.GetByteArrayAsync($"/{lang}/schools/qr/parents.png", TestContext.Current.CancellationToken);
        Assert.Equal($"{PublicBaseUrl}/{lang}/parents", SchoolsKitTests.Decode(png));
    }

    [Theory]
    [InlineData("/pl/schools/poster/youngpeople")] // not translated
    [InlineData("/de/schools/letter")] // no such language
    [InlineData("/en/schools/letter")]
    [InlineData("/pl/schools/qr/youngpeople.svg")] // /pl/youngpeople is not translated
    [InlineData("/pl/schools/newsletter")]
    public async Task KitAddressWithoutATranslation_Is404(string path)
    {
        using var client = site.CreatePlainClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/schools/letter")]
    [InlineData("/pl/schools/letter")]
    [InlineData("/ur/schools/letter")]
    public async Task LetterVersions_ListEachOtherAsAlternates_AndLinkToEachOther(string path)
    {
        var (_, page) = await site.GetPageAsync(path);

        Assert.Equal(
            [("en-GB", "/schools/letter"), ("pl", "/pl/schools/letter"), ("ur", "/ur/schools/letter"), ("x-default", "/schools/letter")],
            page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang")!, new Uri(l.GetAttribute("href")!).AbsolutePath)));
        var others = page.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(LetterPaths.Where(p => p != path), others);
    }

    [Fact]
    public async Task EnglishParentsPoster_ListsItsTranslations_TheYoungPeoplesHasNone()
    {
        var (_, parents) = await site.GetPageAsync("/schools/poster/parents");
        var (_, young) = await site.GetPageAsync("/schools/poster/youngpeople");

        Assert.Equal(["/pl/schools/poster/parents", "/ur/schools/poster/parents"], parents.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("href")));
        Assert.Empty(young.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Fact]
    public async Task SchoolsPage_LinksToEachTranslatedLetterAndPoster()
    {
        var (_, page) = await site.GetPageAsync("/schools");

        var links = page.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/pl/schools/letter", links);
        Assert.Contains("/ur/schools/letter", links);
        Assert.Contains("/pl/schools/poster/parents", links);
        Assert.Contains("/ur/schools/poster/parents", links);
    }

    [Fact]
    public async Task Sitemap_ListsTheTranslatedLetter_WithItsAlternates()
    {
        using var client = site.CreatePlainClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        foreach (var path in (string[])["/schools/letter", "/pl/schools/letter", "/ur/schools/poster/parents"])
        {
            var entry = Assert.Single(xml.Descendants(sm + "url"), u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath == path);
            Assert.Contains(entry.Elements(xhtml + "link"), l => l.Attribute("hreflang")!.Value == "en-GB");
            Assert.Contains(entry.Elements(xhtml + "link"), l => l.Attribute("hreflang")!.Value == "ur");
        }
    }

    [Fact]
    public async Task StaticExport_IncludesEachTranslatedLetterPosterAndCode_AndEachServes()
    {
        using var client = site.CreatePlainClient();
        var paths = site.Services.GetServices<IPathSource>().SelectMany(s => s.Paths(site.Services.GetRequiredService<ContentStore>().Current)).ToList();

        foreach (var path in (string[])["/pl/schools/letter", "/ur/schools/letter", "/pl/schools/poster/parents", "/ur/schools/poster/parents",
                     "/pl/schools/qr/parents.svg", "/ur/schools/qr/parents.png"])
        {
            Assert.Contains(path, paths);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Theory]
    [InlineData("kit/parent-letter.md", "It is never the child's fault.", "It is never, ever the child's fault.", "pl/kit/parent-letter.md", "/pl/schools/letter")]
    [InlineData("kit/posters.yml", "It is never the child's fault.", "It is never, ever the child's fault.", "pl/kit/posters.yml", "/pl/schools/poster/parents")]
    public async Task EnglishKitTextChanged_CheckContentWarnsWithTheNewHash_AndTheTranslationSaysItMayBeOutOfDate(
        string english, string find, string replace, string translation, string path)
    {
        using var folder = ContentFolder.CopyOfReal().Replace(english, find, replace);
        var newHash = SourceHash.OfFile(Path.Combine(folder.Path, english));
        var hashLine = folder.Read(translation).Split('\n').ToList().FindIndex(l => l.StartsWith("source_hash:", StringComparison.Ordinal)) + 1;

        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 12, 3), new ReviewPeriods());
        await using var factory = new SiteFactory(folder.Path);
        var (_, page) = await factory.GetPageAsync(path);

        var warning = Assert.Single(report.Findings, f => f.File == translation && f.Message.Contains("has changed since this was translated", StringComparison.Ordinal));
        Assert.Equal((hashLine, Severity.Warning), (warning.Line, warning.Severity));
        Assert.Contains("source_hash: " + newHash, warning.Message, StringComparison.Ordinal);
        Assert.Contains("The English page has changed since this was translated", page.QuerySelector(".translation-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RealKitTranslations_AreUpToDate_AndOnlyWarnedAboutAsUnreviewed()
    {
        var report = ContentChecker.Check(RepoPaths.Content, new DateOnly(2026, 12, 3), new ReviewPeriods());

        var kit = report.Findings.Where(f => f.File.Contains("/kit/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["pl/kit/parent-letter.md", "pl/kit/posters.yml", "ur/kit/parent-letter.md", "ur/kit/posters.yml"], kit.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.All(kit, f => Assert.Contains("no qualified", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TranslatedLetterWithoutANumber_IsAContentWarning_NotAStartUpFailure()
    {
        using var folder = ContentFolder.CopyOfReal().Replace("pl/kit/parent-letter.md", " pod numer {{phone childline}}", string.Empty);

        ContentLoader.Load(folder.Path);
        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 12, 3), new ReviewPeriods());

        Assert.Contains(report.Findings, f => f.File == "pl/kit/parent-letter.md" && f.Message.Contains("lacks {{phone childline}}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pl/kit/parent-letter.md", "source_hash: da6ba57aad3d", "source_hash: not-a-hash", "source_hash:")]
    [InlineData("pl/kit/parent-letter.md", "translation_of: kit/parent-letter.md", "translation_of: kit/letter.md", "translation_of:")]
    [InlineData("pl/kit/parent-letter.md", "{{phone nspcc}}", "{{phone nspc}}", "{{phone nspc}}")]
    [InlineData("pl/kit/posters.yml", "source_hash: c7038cafad5f", "source_hash: C7038CAFAD5F", "source_hash:")]
    [InlineData("pl/kit/posters.yml", "contacts: [police-emergency, scas, stoke-front-door, nspcc]", "contacts: [police-emergency, nspcc]", "  - id: parents")]
    [InlineData("pl/kit/posters.yml", "  - id: parents", "  - id: teachers", "  - id: teachers")]
    public void BrokenKitTranslation_StopsLoadingNamingFileAndLine(string file, string find, string replace, string problemAt)
    {
        using var folder = ContentFolder.CopyOfReal();
        folder.AssertBreakingStopsLoadingAt(file, find, replace, problemAt);
    }

    [Fact]
    public void TranslatedNewsletter_IsNotYetSomethingTheSiteCanServe_AndSaysSo()
    {
        using var folder = ContentFolder.CopyOfReal().Write("pl/kit/newsletter.yml", "blurbs: []\n");

        var error = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Contains(error.Problems, p => p.File == "pl/kit/newsletter.yml" && p.Message.Contains("can be translated so far", StringComparison.Ordinal));
    }
}
