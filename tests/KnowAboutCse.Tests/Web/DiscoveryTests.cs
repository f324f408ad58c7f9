using System.Net;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Tests.Web;

/// <summary>What search engines and messaging apps read: sitemap, robots.txt, share previews, manifest and icons.</summary>
public sealed class DiscoveryTests(SharedSite site)
{
    private const string Origin = "https://www.knowaboutcse.co.uk";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The parts of sitemaps.org's sitemap.xsd this site uses: loc (an absolute URI under 2,048 characters) and lastmod (a W3C date).</summary>
    private const string SitemapSchema = """
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xsd:element name="urlset">
            <xsd:complexType><xsd:sequence>
              <xsd:element name="url" maxOccurs="50000">
                <xsd:complexType><xsd:sequence>
                  <xsd:element name="loc"><xsd:simpleType><xsd:restriction base="xsd:anyURI"><xsd:minLength value="12"/><xsd:maxLength value="2048"/></xsd:restriction></xsd:simpleType></xsd:element>
                  <xsd:element name="lastmod" type="xsd:date" minOccurs="0"/>
                  <xsd:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
                </xsd:sequence></xsd:complexType>
              </xsd:element>
            </xsd:sequence></xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """;

    public static TheoryData<string> AllPaths() =>
        [.. ContentLoader.Load(RepoPaths.Content).AllPages.Select(p => p.Url).Prepend("/").Append("/search")];

    private static async Task<(HttpResponseMessage Response, string Body)> GetTextAsync(SiteFactory factory, string path)
    {
        using var client = factory.CreatePlainClient();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The kit's pages, written out (not taken from the code under test).</summary>
    private static readonly string[] KitPages =
        ["/schools/letter", "/schools/newsletter", "/schools/qr-codes", "/schools/poster/parents", "/schools/poster/youngpeople", "/schools/poster/workplaces"];

    [Fact]
    public async Task Sitemap_ValidatesAndListsExactlyTheSitesPagesWithTheirReviewDates()
    {
        var snapshot = ContentLoader.Load(RepoPaths.Content);

        var (response, body) = await GetTextAsync(site, "/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(SitemapSchema)));
        var document = XDocument.Parse(body);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);

        var listed = document.Root!.Elements(Sitemap + "url")
            .Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Sitemap + "lastmod")!.Value)).ToList();
        static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var latest = Day(snapshot.AllPages.Max(p => p.Reviewed));
        var expected = snapshot.AllPages
            .Select(p => (Origin + p.Url, Day(p.Reviewed)))
            .Append((Origin + "/", latest)).Append((Origin + "/search", latest))
            .Concat(KitPages.Select(path => (Origin + path, Day(snapshot.Site.ContentReviewed))))
            .Concat(snapshot.Languages.Pages.Select(p => (Origin + p.Url,
                Day(new[] { p.Reviewed, p.Translation!.TranslatedOn, p.Translation.ReviewedOn ?? DateOnly.MinValue }.Max())))) // the latest of the three
            .Concat(snapshot.Kit!.Translations.Select(t => (Origin + t.Translation.Url,
                Day(new[] { snapshot.Site.ContentReviewed, t.Translation.TranslatedOn, t.Translation.ReviewedOn ?? DateOnly.MinValue }.Max()))))
            .ToList();
        Assert.Equal(expected.Order(), listed.Order());
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    /// <summary>Every HTML page a crawler reaches by following links from the home page is in the sitemap.</summary>
    [Fact]
    public async Task Sitemap_ListsEveryPageACrawlFinds()
    {
        var (_, body) = await GetTextAsync(site, "/sitemap.xml");
        var listed = XDocument.Parse(body).Descendants(Sitemap + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToHashSet(StringComparer.Ordinal);

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(seen);
        var pages = new List<string>();
        while (queue.TryDequeue(out var path))
        {
            var (response, html) = await GetTextAsync(site, path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages.Add(path);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Select(h => h.Split('?', '#')[0]))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.DoesNotContain(pages, p => !listed.Contains(p));
        Assert.Contains("/schools/poster/workplaces", pages);
    }

    [Fact]
    public async Task Sitemap_EveryAddressListed_IsAPageThatAnswers200()
    {
        var (_, body) = await GetTextAsync(site, "/sitemap.xml");

        foreach (var loc in XDocument.Parse(body).Descendants(Sitemap + "loc").Select(l => new Uri(l.Value)))
        {
            var (response, _) = await GetTextAsync(site, loc.AbsolutePath);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task SitemapAndRobots_UseTheConfiguredPublicAddress()
    {
        await using var factory = new SiteFactory(RepoPaths.Content, new() { ["Site:PublicBaseUrl"] = "https://cse.example.org/" });

        var (_, sitemap) = await GetTextAsync(factory, "/sitemap.xml");
        var (robotsResponse, robots) = await GetTextAsync(factory, "/robots.txt");

        Assert.All(XDocument.Parse(sitemap).Descendants(Sitemap + "loc"), l => Assert.StartsWith("https://cse.example.org/", l.Value, StringComparison.Ordinal));
        Assert.Equal("text/plain", robotsResponse.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Sitemap: https://cse.example.org/sitemap.xml", robots.Split('\n'));
        Assert.Contains("User-agent: *", robots.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public async Task Get_AnyPage_HasSharePreviewTagsWithAbsoluteAddresses(string path)
    {
        var (_, document) = await site.GetPageAsync(path);
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");

        var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal(Origin + path, canonical);
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.Equal(Meta("meta[name=description]"), Meta("meta[property='og:description']"));
        Assert.Equal(Origin + SiteImages.ShareImage, Meta("meta[property='og:image']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:image:alt']")));
        Assert.Equal("en_GB", Meta("meta[property='og:locale']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal(Origin + SiteImages.ShareImage, Meta("meta[name='twitter:image']"));
        Assert.Equal("/site.webmanifest", document.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("link[rel=icon][type='image/svg+xml']"));
        Assert.NotNull(document.QuerySelector("link[rel=apple-touch-icon]"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_MissingPage_HasNoCanonicalOrSharePreview()
    {
        var (_, document) = await site.GetPageAsync("/no-such-page");

        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Null(document.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public async Task Manifest_IsJsonNamingTheSiteAndIconsThatExist()
    {
        var (response, body) = await GetTextAsync(site, "/site.webmanifest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var manifest = JsonDocument.Parse(body);
        Assert.Equal("Know About CSE", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal("en-GB", manifest.RootElement.GetProperty("lang").GetString());
        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).ToList();
        Assert.Contains("/icons/icon-192.png", icons);
        Assert.Contains("/icons/icon-512.png", icons);
        foreach (var icon in icons)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetTextAsync(site, icon)).Response.StatusCode);
        }
    }

    [Fact]
    public void Images_AreTheSitesOwnAndSmall()
    {
        var images = Directory.EnumerateFiles(Path.Combine(RepoPaths.Source, "wwwroot"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".png" or ".ico" or ".svg" or ".jpg" or ".webp" or ".gif")
            .ToList();
        Assert.True(images.Count >= 6, $"Only {images.Count} images in wwwroot.");
        Assert.All(images, image => Assert.True(new FileInfo(image).Length <= 10 * 1024, $"{image} is over 10 KB"));

        Assert.Equal((1200, 630), PngSize("images/share.png"));
        Assert.Equal((192, 192), PngSize("icons/icon-192.png"));
        Assert.Equal((512, 512), PngSize("icons/icon-512.png"));
        Assert.Equal((180, 180), PngSize("icons/apple-touch-icon.png"));
    }

    [Fact]
    public async Task PathSources_EveryPathListedForTheStaticExport_Answers200()
    {
        var paths = KnowAboutCse.Web.Serving.StaticExport.Paths(site.Services);

        Assert.Contains("/search", paths);
        Assert.Contains("/sitemap.xml", paths);
        Assert.Contains("/robots.txt", paths);
        Assert.Contains("/site.webmanifest", paths);
        Assert.Contains("/favicon.ico", paths);
        Assert.Contains(SiteImages.ShareImage, paths);
        foreach (var path in paths)
        {
            var (response, _) = await GetTextAsync(site, path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Load_PageNamedSearch_IsRefusedBecauseTheSiteUsesTheAddress()
    {
        using var folder = TinySite.Create().Write("pages/search.md", TinySite.Page("Search", 2, "Text."));

        var ex = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Contains("pages/search.md:1: The address /search is reserved", ex.Message, StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Source, "wwwroot", relative));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
