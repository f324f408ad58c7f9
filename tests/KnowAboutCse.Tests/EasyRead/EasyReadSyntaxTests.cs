using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Markdown;

namespace KnowAboutCse.Tests.EasyRead;

/// <summary>
/// The Easy Read mechanisms (decision 0019): <c>{{icon NAME}}</c> at the start of a paragraph, the
/// <c>easy_read</c> / <c>standard</c> pair of links, and sections kept out of the top bar.
/// </summary>
public sealed partial class EasyReadSyntaxTests
{
    private static readonly HtmlParser Parser = new();

    private static RenderedMarkdown Render(string markdown) => MarkdownRenderer.Render(markdown.ReplaceLineEndings("\n"), SampleContacts.Directory);

    private static string With(string page, string lines) => page.Replace("reviewed:", lines + "\nreviewed:", StringComparison.Ordinal);

    /// <summary>The tiny site with a standard page and its Easy Read version, linked both ways.</summary>
    private static ContentFolder Paired() => TinySite.Create()
        .Write("parents/first.md", With(TinySite.Page("First page", 1, "See [the second](/parents/second)."), "easy_read: /easy-read/first"))
        .Write("easy-read/_index.md", With(TinySite.Page("Easy Read", null, "{{icon easy-read}} Easy Read pages."), "menu: footer"))
        .Write("easy-read/first.md", With(TinySite.Page("First, in Easy Read", 1, "{{icon tick}} It is **not your fault**."), "standard: /parents/first"));

    [Fact]
    public void Render_IconAtTheStartOfAParagraph_IsAPointWithADecorativePictureBesideTheWords()
    {
        var result = Render("{{icon gift}} Someone gives you **gifts**.");

        var point = Parser.ParseDocument(result.Html).QuerySelector("p.point")!;
        var image = point.QuerySelector("img")!;
        Assert.Equal("/icons/easy-read/gift.svg", image.GetAttribute("src"));
        Assert.Equal(string.Empty, image.GetAttribute("alt"));
        Assert.Equal("gifts", point.QuerySelector("strong")!.TextContent);
        Assert.Equal("Someone gives you gifts.", point.TextContent.Trim());
        Assert.Equal("Someone gives you gifts.\n", result.PlainText); // nothing of the picture is scored or searched
        Assert.Empty(result.Problems);
    }

    /// <summary>The review pack loads nothing, so it names each picture where the page shows it.</summary>
    [Fact]
    public void Named_ForTheReviewPack_ReplacesEachPictureWithItsName()
    {
        var html = Render("{{icon gift}} Someone gives you **gifts**.").Html;

        var named = Parser.ParseDocument(EasyReadIcons.Named(html));

        Assert.Empty(named.QuerySelectorAll("img"));
        Assert.Equal("[picture: gift] Someone gives you gifts.", named.QuerySelector("p.point")!.TextContent.Trim());
    }

    [Fact]
    public void Render_UnknownIcon_IsAProblemAtItsLineNamingTheIconsThereAre()
    {
        var result = Render("First point.\n\n{{icon unicorn}} A second point.");

        var (line, message) = Assert.Single(result.Problems);
        Assert.Equal(3, line);
        Assert.Contains("Unknown icon 'unicorn'", message, StringComparison.Ordinal);
        Assert.Contains("gift", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Someone gives you {{icon gift}} gifts.")]
    [InlineData("## {{icon gift}} Gifts")]
    [InlineData("- {{icon gift}} Gifts")]
    [InlineData("> {{icon gift}} Gifts")]
    public void Render_IconAnywhereButTheStartOfAParagraphOfItsOwn_IsAProblemAndShowsNoPicture(string markdown)
    {
        var result = Render("Intro.\n\n" + markdown);

        var (line, message) = Assert.Single(result.Problems);
        Assert.Equal(3, line);
        Assert.Contains("at the very start of a paragraph", message, StringComparison.Ordinal);
        Assert.Empty(Parser.ParseDocument(result.Html).QuerySelectorAll("img"));
    }

    [Fact]
    public void Start_PageWithAnUnknownIcon_FailsNamingTheFileAndLine()
    {
        using var folder = TinySite.Create().Write("parents/third.md", TinySite.Page("Third page", 3, "Words.\n\n{{icon unicorn}} More words."));
        using var factory = new SiteFactory(folder.Path);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var failure = Assert.Single(factory.Logs.Events, e => e.Exception is ContentLoadException);
        var problem = Assert.Single(((ContentLoadException)failure.Exception!).Problems);
        Assert.Equal(("parents/third.md", 10), (problem.File, problem.Line));
        Assert.Contains("Unknown icon 'unicorn'", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>Every name a page may use has its picture, and every picture in the folder has a name.</summary>
    [Fact]
    public void Icons_EveryNameHasItsFileAndEveryFileItsName()
    {
        var files = Directory.EnumerateFiles(IconFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(EasyReadIcons.Names.Select(n => n + ".svg").Order(StringComparer.Ordinal), files);
    }

    /// <summary>One style: one stroke width, the stylesheet's colours only, nothing loaded from anywhere, small.</summary>
    [Fact]
    public void Icons_ShareOneStrokeWidthAndThePalette_AndLoadNothing()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.WebRoot, "css", "site.css"));
        var palette = HexColour().Matches(css[..css.IndexOf('}', StringComparison.Ordinal)]).Select(m => m.Value.ToLowerInvariant()).ToHashSet();

        foreach (var file in Directory.EnumerateFiles(IconFolder))
        {
            var svg = File.ReadAllText(file);
            Assert.True(svg.Length < 1024, $"{Path.GetFileName(file)} is {svg.Length} bytes");
            Assert.Equal(["3"], StrokeWidth().Matches(svg).Select(m => m.Groups[1].Value).Distinct());
            Assert.All(HexColour().Matches(svg).Select(m => m.Value.ToLowerInvariant()), c => Assert.Contains(c, palette));
            Assert.Equal(["http://www.w3.org/2000/svg"], Address().Matches(svg).Select(m => m.Value));
            Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Load_PagesLinkedBothWays_PutTheLinkToTheOtherVersionFirstInTheWordsOfTheSiteFile()
    {
        using var folder = Paired();

        var snapshot = ContentLoader.Load(folder.Path);

        var standard = Parser.ParseDocument(snapshot.FindPage("/parents/first")!.Html).Body!.FirstElementChild!;
        var easyRead = Parser.ParseDocument(snapshot.FindPage("/easy-read/first")!.Html).Body!.FirstElementChild!;
        Assert.Equal(("/easy-read/first", snapshot.Languages.English["easy_read_link"]), (standard.QuerySelector("a")!.GetAttribute("href"), standard.TextContent));
        Assert.Equal(("/parents/first", snapshot.Languages.English["standard_link"]), (easyRead.QuerySelector("a")!.GetAttribute("href"), easyRead.TextContent));
        Assert.Equal("Easy Read version of this page", snapshot.Languages.English["easy_read_link"]);
    }

    [Theory]
    [InlineData("parents/first.md", "easy_read: /easy-read/first", "easy_read: /easy-read/frist", 5, "'easy_read' names /easy-read/frist, which is not a page on this site.")]
    [InlineData("parents/first.md", "easy_read: /easy-read/first", "easy_read: /parents/second", 5, "which is not an Easy Read page: give that page 'standard: /parents/first'")]
    [InlineData("easy-read/first.md", "standard: /parents/first", "standard: /parents/second", 5, "'standard' names /parents/second, which does not link here: give that page 'easy_read: /easy-read/first'")]
    [InlineData("easy-read/first.md", "standard: /parents/first", "standard: /parents/third", 5, "'standard' names /parents/third, which is not a page on this site.")]
    [InlineData("easy-read/first.md", "standard: /parents/first", "standard: https://example.org/", 5, "'standard' is the address of a page on this site")]
    [InlineData("easy-read/first.md", "standard: /parents/first", "standard: /parents/first\neasy_read: /easy-read/first", 5, "not both")]
    [InlineData("parents/first.md", "easy_read: /easy-read/first", "easy_read: /easy-read/first\nmenu: footer", 6, "Only a section's front page (_index.md) has a 'menu'")]
    [InlineData("easy-read/_index.md", "menu: footer", "menu: side", 4, "'main' (the top bar, the default) or 'footer'")]
    public void Load_BrokenVersionOrMenu_NamesTheFileAndLine(string file, string good, string bad, int line, string message)
    {
        using var folder = Paired().Replace(file, good, bad);

        var problem = Assert.Single(folder.LoadProblems(), p => p.Message.Contains(message, StringComparison.Ordinal));

        Assert.Equal((file, line), (problem.File, problem.Line));
    }

    [Fact]
    public async Task Layout_SectionWithMenuFooter_IsInTheFooterAndOnTheHomePageButNotTheTopBar()
    {
        using var folder = Paired();
        await using var site = new SiteFactory(folder.Path);

        var (_, home) = await site.GetPageAsync("/");

        Assert.Empty(home.QuerySelectorAll(".main-nav a[href='/easy-read']"));
        Assert.NotEmpty(home.QuerySelectorAll(".main-nav a[href='/parents']"));
        Assert.Equal("Easy Read", home.QuerySelector(".site-footer a[href='/easy-read']")!.TextContent);
        Assert.Equal("Easy Read", home.QuerySelector("main .door a[href='/easy-read']")!.TextContent);
    }

    private static string IconFolder => Path.Combine(RepoPaths.WebRoot, "icons", "easy-read");

    [GeneratedRegex("#[0-9a-fA-F]{6}\\b")]
    private static partial Regex HexColour();

    [GeneratedRegex("stroke-width=\"([^\"]+)\"")]
    private static partial Regex StrokeWidth();

    [GeneratedRegex("https?://[^\"' )]+")]
    private static partial Regex Address();
}
