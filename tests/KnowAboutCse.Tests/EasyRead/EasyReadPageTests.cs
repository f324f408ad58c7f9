using System.IO.Compression;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Tests.EasyRead;

/// <summary>The Easy Read pages and the children's section on the real content, as a visitor gets them.</summary>
public sealed class EasyReadPageTests(SharedSite site)
{
    /// <summary>The most a page may weigh, compressed, with its stylesheet, scripts and pictures (bench/README.md).</summary>
    public const int MaxPageBytes = 20 * 1024;

    private static readonly string[] Sections = ["easy-read", "children"];

    /// <summary>Each standard page and its Easy Read version.</summary>
    public static TheoryData<string, string> Pairs() => new()
    {
        { "/parents/what-is-cse", "/easy-read/what-is-exploitation" },
        { "/youngpeople/signs-of-exploitation", "/easy-read/signs-something-is-wrong" },
        { "/youngpeople/getting-help", "/easy-read/getting-help" },
        { "/youngpeople/what-happens-if-you-tell", "/easy-read/what-happens-if-you-tell" },
    };

    /// <summary>Every page in the Easy Read and children's sections, front pages included.</summary>
    public static TheoryData<string> SectionPages() =>
        [.. ContentLoader.Load(RepoPaths.Content).Sections.Where(s => Sections.Contains(s.Key)).SelectMany(s => s.Pages.Prepend(s.Index)).Select(p => p.Url)];

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task StandardPage_LinksToItsEasyReadVersionAtTheTop_AndTheEasyReadPageLinksBack(string standard, string easyRead)
    {
        var (_, page) = await site.GetPageAsync(standard);
        var (response, version) = await site.GetPageAsync(easyRead);

        var toEasyRead = page.QuerySelector(".prose")!.FirstElementChild!;
        Assert.Equal(easyRead, toEasyRead.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Easy Read version of this page", toEasyRead.TextContent.Trim());
        Assert.Equal(200, (int)response.StatusCode);
        var back = version.QuerySelector(".prose")!.FirstElementChild!;
        Assert.Equal(standard, back.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Go to the full page, with more words", back.TextContent.Trim());
    }

    /// <summary>Easy Read: one point a line, each with a picture beside it, the important words in bold.</summary>
    [Theory]
    [MemberData(nameof(SectionPages))]
    public async Task Page_EveryParagraphIsAPointWithAPictureAndBoldWords(string path)
    {
        var (response, document) = await site.GetPageAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        var paragraphs = document.QuerySelectorAll(".prose > p:not(.version-link)");
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p =>
        {
            Assert.Equal("point", p.ClassName);
            var image = p.FirstElementChild!;
            Assert.Equal(("img", ""), (image.LocalName, image.GetAttribute("alt")));
            Assert.StartsWith("/icons/easy-read/", image.GetAttribute("src"), StringComparison.Ordinal);
        });
        Assert.True(paragraphs.Count(p => p.QuerySelector("strong") is not null) * 2 >= paragraphs.Length, $"{path}: fewer than half the points have a word in bold");
        Assert.Equal(path.Split('/')[1], document.QuerySelector("main")!.GetAttribute("data-section")); // the stylesheet's larger text
    }

    /// <summary>Short pages too: the check skips pages under 100 words, this test does not.</summary>
    [Theory]
    [MemberData(nameof(SectionPages))]
    public void Page_ReadingEaseIsAtLeast85(string path)
    {
        var page = ContentLoader.Load(RepoPaths.Content).FindPage(path)!;

        Assert.Equal(85, ContentChecker.SectionReadingEase[page.SectionKey!]);
        Assert.True(ReadingEase.Score(page.PlainText) >= 85, $"{page.SourcePath} reads at {ReadingEase.Score(page.PlainText)}");
    }

    /// <summary>The page, its stylesheet, scripts and pictures as a browser asking for Brotli receives them.</summary>
    [Theory]
    [MemberData(nameof(SectionPages))]
    public async Task Page_WithItsStylesheetScriptsAndPictures_WeighsAtMost20KbCompressed(string path)
    {
        using var client = site.CreatePlainClient();
        async Task<(int Bytes, byte[] Body)> FetchAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(200, (int)response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            return (body.Length, response.Content.Headers.ContentEncoding.Contains("br") ? Decompress(body) : body);
        }

        var (htmlBytes, html) = await FetchAsync(path);
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).Distinct(StringComparer.Ordinal).ToList();
        var total = htmlBytes;
        foreach (var asset in assets)
        {
            total += (await FetchAsync(asset)).Bytes;
        }

        Assert.Contains(assets, a => a.EndsWith(".svg", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {total} bytes ({htmlBytes} HTML, {assets.Count} files)");
        Assert.True(total <= MaxPageBytes, $"{path} weighs {total} bytes compressed with {assets.Count} files (at most {MaxPageBytes})");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/youngpeople")]
    [InlineData("/parents")]
    public async Task FrontPages_LinkToTheChildrensSectionAndTheEasyReadPages(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        Assert.NotEmpty(document.QuerySelectorAll("main a[href='/children']"));
        Assert.NotEmpty(document.QuerySelectorAll("main a[href='/easy-read']"));
    }

    [Fact]
    public async Task TopBar_LeavesOutChildrenAndEasyRead_TheFooterListsThem()
    {
        var (_, document) = await site.GetPageAsync("/youngpeople");

        Assert.Equal(["/parents", "/youngpeople", "/schools", "/get-help"], document.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(document.QuerySelector(".site-footer a[href='/children']"));
        Assert.NotNull(document.QuerySelector(".site-footer a[href='/easy-read']"));
    }

    /// <summary>Childline's number comes from the contacts file, as a link that dials it, on every children's page.</summary>
    [Theory]
    [MemberData(nameof(SectionPages))]
    public async Task Page_GivesChildlinesNumberFromTheContactsFile(string path)
    {
        var (_, document) = await site.GetPageAsync(path);

        Assert.NotEmpty(document.QuerySelectorAll("main a[href='tel:08001111']"));
    }

    [Fact]
    public async Task Newsletter_HasAPrimarySchoolBlurbPointingAtTheChildrensPages()
    {
        using var client = site.CreatePlainClient();

        var text = await client.GetStringAsync("/schools/newsletter.txt", TestContext.Current.CancellationToken);

        var blurb = text[text.IndexOf("For primary schools", StringComparison.Ordinal)..];
        Assert.Contains("www.knowaboutcse.co.uk/children", blurb, StringComparison.Ordinal);
        Assert.Contains("0800 1111", blurb, StringComparison.Ordinal);
    }

    private static byte[] Decompress(byte[] body)
    {
        using var input = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
