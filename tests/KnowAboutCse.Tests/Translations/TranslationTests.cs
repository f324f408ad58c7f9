using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Tests.Translations;

/// <summary>Translated pages (content/pl/…, content/ur/…) on a tiny site: loading, addresses, review notes, languages, search.</summary>
public sealed class TranslationTests(TranslationTests.PolishSite shared) : IClassFixture<TranslationTests.PolishSite>
{
    private const string Unreviewed = "To tłumaczenie nie zostało jeszcze sprawdzone";
    private const string UnreviewedEnglish = "This translation has not yet been checked by a qualified speaker.";
    private const string OutdatedEnglish = "The English page has changed since this was translated, so this page may be out of date.";

    /// <summary>A Polish translation of parents/first.md, made from its English text as it is now unless <paramref name="hash"/> says otherwise.</summary>
    private static string Polish(ContentFolder folder, string body = "Zobacz [drugą stronę](/parents/second). Zadzwoń pod {{phone childline}}.", string? hash = null, string extra = "") =>
        TinySite.Translation(folder, "parents/first.md", "Pierwsza strona", body, hash, extra);

    private static ContentFolder WithPolish(string? extra = null)
    {
        var folder = TinySite.Create();
        return folder.Write("pl/parents/first.md", Polish(folder, extra: extra ?? string.Empty));
    }

    [Fact]
    public async Task Translation_IsServedAtItsLanguagesAddressInItsLanguage()
    {
        var site = shared.Site;

        var (response, page) = await site.GetPageAsync("/pl/parents/first");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Pierwsza strona", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Wyjdź z tej strony", page.QuerySelector(".quick-exit__button")!.TextContent.Replace("Pilne: ", string.Empty, StringComparison.Ordinal));
        Assert.StartsWith("W bezpośrednim niebezpieczeństwie? Zadzwoń pod numer 999.", page.QuerySelector(".danger-line")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/parents/second", page.QuerySelector(".prose a")!.GetAttribute("href")); // not translated: the English page
    }

    [Fact]
    public async Task UnreviewedTranslation_SaysSoInItsLanguageAndInEnglish_WithTheEnglishPage()
    {
        var site = shared.Site;

        var (_, page) = await site.GetPageAsync("/pl/parents/first");

        var note = page.QuerySelector(".translation-note")!;
        var (polish, english) = (note.QuerySelectorAll("p")[0], note.QuerySelectorAll("p")[1]);
        Assert.StartsWith(Unreviewed, polish.TextContent, StringComparison.Ordinal);
        Assert.Equal("en-GB", english.GetAttribute("lang"));
        Assert.StartsWith(UnreviewedEnglish, english.TextContent, StringComparison.Ordinal);
        Assert.All(note.QuerySelectorAll("a"), a => Assert.Equal("/parents/first", a.GetAttribute("href")));
        Assert.DoesNotContain("out of date", note.TextContent, StringComparison.Ordinal);
        Assert.Same(note, page.QuerySelector("h1")!.NextElementSibling); // near the top, before the text
    }

    [Fact]
    public async Task ReviewedTranslation_HasNoNote()
    {
        using var folder = WithPolish("reviewed_by: A. Nowak, certified translator\nreviewed_on: 2026-12-04\n");
        await using var site = new SiteFactory(folder.Path);

        var (_, page) = await site.GetPageAsync("/pl/parents/first");

        Assert.Null(page.QuerySelector(".translation-note"));
    }

    [Fact]
    public void ReviewerWithoutDate_StopsStartUpAtItsLine()
    {
        using var folder = WithPolish("reviewed_by: A. Nowak\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("pl/parents/first.md", 8), (problem.File, problem.Line));
        Assert.Contains("both 'reviewed_by'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationOfAPageThatDoesNotExist_StopsStartUpNamingFileAndLine()
    {
        using var folder = TinySite.Create();
        folder.Write("pl/parents/nothing.md", Polish(folder).Replace("translation_of: parents/first.md", "translation_of: parents/nothing.md", StringComparison.Ordinal));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("pl/parents/nothing.md", 4), (problem.File, problem.Line));
        Assert.Contains("There is no English page parents/nothing.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationOfAnotherFile_StopsStartUpAtTranslationOf()
    {
        using var folder = TinySite.Create();
        folder.Write("pl/parents/first.md", Polish(folder).Replace("translation_of: parents/first.md", "translation_of: parents/second.md", StringComparison.Ordinal));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("pl/parents/first.md", 4), (problem.File, problem.Line));
        Assert.Contains("parents/first.md (the same path without pl/)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCDEF123456")]
    [InlineData("12345")]
    [InlineData("")]
    public void IllFormedHash_StopsStartUpAndGivesTheHashToCopy(string hash)
    {
        using var folder = TinySite.Create();
        folder.Write("pl/parents/first.md", Polish(folder, hash: hash));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("pl/parents/first.md", 5), (problem.File, problem.Line));
        Assert.Contains(SourceHash.OfFile(Path.Combine(folder.Path, "parents/first.md")), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHash_StopsStartUp()
    {
        using var folder = TinySite.Create();
        folder.Write("pl/parents/first.md", string.Join('\n', Polish(folder).Split('\n').Where(l => !l.StartsWith("source_hash", StringComparison.Ordinal))));

        var problem = folder.SingleLoadProblem();

        Assert.Equal("pl/parents/first.md", problem.File);
        Assert.Contains("'source_hash' must be", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zobacz [stronę](/parents/nowhere).", "Link to /parents/nowhere")]
    [InlineData("Zadzwoń pod {{phone no-such-line}}.", "Unknown contact id 'no-such-line'")]
    public void BrokenLinkOrContact_StopsStartUpNamingFileAndLine(string body, string message)
    {
        using var folder = TinySite.Create();
        folder.Write("pl/parents/first.md", Polish(folder, body));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("pl/parents/first.md", 10), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFrontMatterKey_StopsStartUp()
    {
        using var folder = WithPolish("order: 3\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("pl/parents/first.md", problem.File);
        Assert.StartsWith("YAML:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishTextChanged_CheckContentWarnsAtSourceHashWithTheNewHash_AndThePageSaysItMayBeOutOfDate()
    {
        using var folder = WithPolish();
        folder.Replace("parents/first.md", "See [the second]", "Now read [the second]");
        var newHash = SourceHash.OfFile(Path.Combine(folder.Path, "parents/first.md"));

        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 12, 3), new ReviewPeriods());
        using var output = new StringWriter();
        var strict = CheckContentCommand.Run(["--content", folder.Path, "--strict", "--today", "2026-12-03"], output, TimeProvider.System);
        await using var site = new SiteFactory(folder.Path);
        var (_, page) = await site.GetPageAsync("/pl/parents/first");

        var warning = Assert.Single(report.Findings, f => f.Message.Contains("has changed since this was translated", StringComparison.Ordinal));
        Assert.Equal(("pl/parents/first.md", 5, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains($"set source_hash: {newHash}", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        var note = page.QuerySelector(".translation-note")!;
        Assert.Contains("może być nieaktualna", note.QuerySelectorAll("p")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(OutdatedEnglish, note.QuerySelectorAll("p")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishFrontMatterChanged_TranslationIsStillCurrent()
    {
        using var folder = WithPolish();
        folder.Replace("parents/first.md", "reviewed: 2026-11-28", "reviewed: 2026-12-01");

        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 12, 3), new ReviewPeriods());

        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("has changed since this was translated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslatedPage_AndItsEnglishPage_ListEachOtherAsAlternates()
    {
        var site = shared.Site;

        foreach (var path in new[] { "/parents/first", "/pl/parents/first" })
        {
            var (_, page) = await site.GetPageAsync(path);
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

            Assert.Equal(
                [("en-GB", "https://www.knowaboutcse.co.uk/parents/first"), ("pl", "https://www.knowaboutcse.co.uk/pl/parents/first"), ("x-default", "https://www.knowaboutcse.co.uk/parents/first")],
                alternates);
        }

        var (_, untranslated) = await site.GetPageAsync("/parents/second");
        Assert.Empty(untranslated.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Null(untranslated.QuerySelector("nav.languages"));
    }

    [Fact]
    public async Task LanguageLink_IsAPlainLinkBothWays()
    {
        var site = shared.Site;

        var (_, english) = await site.GetPageAsync("/parents/first");
        var (_, translated) = await site.GetPageAsync("/pl/parents/first");

        var toPolish = Assert.Single(english.QuerySelectorAll("nav.languages a"));
        Assert.Equal(("/pl/parents/first", "pl", "Polski"), (toPolish.GetAttribute("href"), toPolish.GetAttribute("lang"), toPolish.TextContent));
        var toEnglish = Assert.Single(translated.QuerySelectorAll("nav.languages a"));
        Assert.Equal(("/parents/first", "en-GB", "English"), (toEnglish.GetAttribute("href"), toEnglish.GetAttribute("lang"), toEnglish.TextContent));
    }

    [Fact]
    public async Task EnglishPage_IsTheSameWhateverLanguageTheBrowserAsksFor()
    {
        var site = shared.Site;
        using var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/parents/first");
        request.Headers.AcceptLanguage.ParseAdd("pl-PL,pl;q=0.9");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Sitemap_ListsEachVersionWithItsAlternates()
    {
        var site = shared.Site;
        using var client = site.CreatePlainClient();

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        foreach (var loc in new[] { "https://www.knowaboutcse.co.uk/parents/first", "https://www.knowaboutcse.co.uk/pl/parents/first" })
        {
            var url = Assert.Single(xml.Root!.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value == loc);
            Assert.Equal(
                ["en-GB https://www.knowaboutcse.co.uk/parents/first", "pl https://www.knowaboutcse.co.uk/pl/parents/first", "x-default https://www.knowaboutcse.co.uk/parents/first"],
                url.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
        }

        var untranslated = Assert.Single(xml.Root!.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value.EndsWith("/parents/second", StringComparison.Ordinal));
        Assert.Empty(untranslated.Elements(xhtml + "link"));
    }

    [Fact]
    public async Task SearchFromAPolishPage_SearchesPolishPagesAndAnswersInPolish()
    {
        var site = shared.Site;
        using var client = site.CreatePlainClient();

        async Task<AngleSharp.Html.Dom.IHtmlDocument> Search(params KeyValuePair<string, string>[] fields)
        {
            using var response = await client.PostAsync("/search", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
            Assert.Equal(200, (int)response.StatusCode);
            return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var (_, polishPage) = await site.GetPageAsync("/pl/parents/first");
        var found = await Search(KeyValuePair.Create("q", "PIERWSZA"), KeyValuePair.Create("lang", "pl"));
        var english = await Search(KeyValuePair.Create("q", "pierwsza"));

        Assert.Equal("pl", polishPage.QuerySelector(".site-search input[name=lang]")!.GetAttribute("value"));
        Assert.Equal("pl", found.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["/pl/parents/first"], found.QuerySelectorAll(".search-result__title").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Znaleziono 1 stronę", found.QuerySelector("#result-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll(".search-result__title"));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("en")]
    public async Task SearchInALanguageTheSiteDoesNotHave_Is400(string code)
    {
        var site = shared.Site;
        using var client = site.CreatePlainClient();

        using var response = await client.PostAsync("/search", new FormUrlEncodedContent([new("q", "pomoc"), new("lang", code)]), TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task UrduTranslation_IsRightToLeft_WithNumbersKeptLeftToRightAndEnglishDetailsMarked()
    {
        using var folder = TinySite.Create();
        folder.Write("ur/parents/second.md", TinySite.Translation(folder, "parents/second.md", "دوسرا صفحہ", "{{contact nspcc}}"));
        await using var site = new SiteFactory(folder.Path);

        var (_, page) = await site.GetPageAsync("/ur/parents/second");

        Assert.Equal(("ur", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.All(page.QuerySelectorAll("a.tel"), a => Assert.Equal("ltr", a.GetAttribute("dir")));
        var card = page.QuerySelector(".prose .contact-card")!;
        Assert.Contains("یہ کس کے لیے ہے", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("en-GB", card.QuerySelector(".contact-card__facts dd span")!.GetAttribute("lang"));
        Assert.Contains("پیر", card.QuerySelector(".contact-card__hours")!.TextContent, StringComparison.Ordinal); // Monday, in Urdu
        Assert.Contains("8:00", card.QuerySelector(".contact-card__hours")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPageUnderALanguage_IsA404InThatLanguage()
    {
        var site = shared.Site;

        var (response, page) = await site.GetPageAsync("/pl/parents/nothing-here");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Nie znaleziono strony", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void SourceHash_IsOfTheBodyAsWritten()
    {
        var file = Encoding.UTF8.GetBytes("---\ntitle: A\n---\n\nBody text.\n");
        var body = Encoding.UTF8.GetBytes("\nBody text.\n");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..12], SourceHash.Of(file));
        Assert.Equal(SourceHash.Of(file), SourceHash.Of(Encoding.UTF8.GetBytes("---\ntitle: B\nreviewed: 2027-01-01\n---\n\nBody text.\n")));
        Assert.NotEqual(SourceHash.Of(file), SourceHash.Of(Encoding.UTF8.GetBytes("---\ntitle: A\n---\n\nBody text!\n")));
    }

    [Fact]
    public void TranslationsLinkingToEachOther_Load()
    {
        using var folder = WithPolish();
        folder.Write("pl/parents/second.md", TinySite.Translation(folder, "parents/second.md", "Druga strona", "Wróć do [pierwszej strony](/pl/parents/first)."));

        var snapshot = ContentLoader.Load(folder.Path);

        Assert.Equal(["/pl/parents/first", "/pl/parents/second"], snapshot.SectionOf(snapshot.FindPage("/pl/parents/first")!)!.Pages.Select(p => p.Url));
    }

    /// <summary>The tiny site with a Polish translation of parents/first.md, shared by the tests that only read it.</summary>
    public sealed class PolishSite : IAsyncDisposable
    {
        private readonly ContentFolder folder = WithPolish();

        public PolishSite() => Site = new SiteFactory(folder.Path);

        public SiteFactory Site { get; }

        public async ValueTask DisposeAsync()
        {
            await Site.DisposeAsync();
            folder.Dispose();
        }
    }
}
