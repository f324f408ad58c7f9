using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Tests.Translations;

/// <summary>The layout's words as content: data/strings/*.yml and data/languages.yml, and the real Polish and Urdu pages.</summary>
public sealed class StringsTests(SharedSite site)
{
    [Fact]
    public void RealStrings_EnglishHasEveryKeyAndPolishAndUrduLeaveNoneToEnglish()
    {
        var languages = ContentLoader.Load(RepoPaths.Content).Languages;

        Assert.Equal(["en", "pl", "ur"], languages.All.Select(l => l.Code));
        Assert.All(UiKeys.All, key => Assert.False(string.IsNullOrWhiteSpace(languages.English[key])));
        Assert.Empty(languages.Words("pl").MissingKeys);
        Assert.Empty(languages.Words("ur").MissingKeys);
        Assert.True(languages.Find("ur")!.RightToLeft);
    }

    [Fact]
    public async Task MissingPolishKey_ShowsInEnglishMarkedAsEnglish_AndCheckContentWarns()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/strings/pl.yml", "previous: Poprzednia\n", string.Empty);
        folder.Write("pl/parents/second.md", TinySite.Translation(folder, "parents/second.md", "Druga strona", "Tekst."));
        await using var tiny = new SiteFactory(folder.Path);

        var (_, page) = await tiny.GetPageAsync("/pl/parents/second");
        var report = ContentChecker.Check(folder.Path, new DateOnly(2026, 12, 3), new ReviewPeriods());

        var label = page.QuerySelector(".pager__previous .pager__label")!;
        Assert.Equal(("Previous", "en-GB"), (label.TextContent, label.FirstElementChild?.GetAttribute("lang")));
        var warning = Assert.Single(report.Findings, f => f.File == "data/strings/pl.yml");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'previous' is not translated", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_StopsStartUpNamingFileAndLine()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/strings/pl.yml", "skip_link: Przejdź do treści\n", "skip_link: Przejdź do treści\nskip_lnik: Przejdź\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/strings/pl.yml", problem.File);
        Assert.Equal(File.ReadAllLines(Path.Combine(folder.Path, "data/strings/pl.yml")).ToList().IndexOf("skip_lnik: Przejdź") + 1, problem.Line);
        Assert.Contains("Unknown key 'skip_lnik'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationThatDropsAPlaceholder_StopsStartUp()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/strings/ur.yml", "danger_line: فوری خطرے میں ہیں؟ {phone} پر کال کریں۔", "danger_line: فوری خطرے میں ہیں؟ کال کریں۔");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/strings/ur.yml", problem.File);
        Assert.Contains("{phone}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishWithoutAKey_StopsStartUp()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/strings/en.yml", "key_contacts: Key contacts\n", string.Empty);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/strings/en.yml", problem.File);
        Assert.Contains("'key_contacts'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenStringsFile_StopsStartUpAtItsLine()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/strings/pl.yml", "next: Następna\n", "next: [Następna\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/strings/pl.yml", problem.File);
        Assert.StartsWith("YAML:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageWithoutDirection_StopsStartUpAtItsLine()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/languages.yml", "    dir: rtl\n", string.Empty);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/languages.yml", problem.File);
        Assert.Contains("'dir'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pl/get-help", "pl", "ltr")]
    [InlineData("/ur/get-help", "ur", "rtl")]
    [InlineData("/get-help", "en-GB", "ltr")]
    public async Task RealGetHelp_IsServedInItsLanguage(string path, string lang, string dir)
    {
        var (response, page) = await site.GetPageAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal((lang, dir), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal(3 + 1, page.QuerySelectorAll("link[rel=alternate][hreflang]").Length);
        Assert.Equal(lang == "en-GB", page.QuerySelector(".translation-note") is null); // both translations await a qualified speaker
    }

    [Fact]
    public void RealTranslations_AreOfTheEnglishTextAsItIsNow()
    {
        var pages = ContentLoader.Load(RepoPaths.Content).Languages.Pages;

        Assert.Contains(pages, p => p.Url == "/pl/get-help");
        Assert.Contains(pages, p => p.Url == "/ur/get-help");
        Assert.All(pages, p => Assert.False(p.Translation!.IsOutOfDate, $"{p.SourcePath}: source_hash {p.Translation.SourceHash}, English now {p.Translation.CurrentHash}"));
    }
}
