using KnowAboutCse.Web.Schools;
using System.Globalization;
using System.Text;
using System.Xml;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowAboutCse.Web.Controllers;

/// <summary>What search engines read: the sitemap (every page, dated by its review) and robots.txt pointing to it.</summary>
public sealed class DiscoveryController(RequestContent content, IOptions<SiteOptions> site) : Controller
{
    public const string SitemapPath = "/sitemap.xml";
    public const string RobotsPath = "/robots.txt";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Google's sitemap extension for a page's versions in other languages.</summary>
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    [HttpGet(SitemapPath)]
    [HttpHead(SitemapPath)]
    public IActionResult Sitemap()
    {
        var snapshot = content.Snapshot;
        var pages = snapshot.AllPages;

        // The home page and search have no file of their own: they change when any page does. The
        // kit's pages (letter, posters, newsletter, QR codes) date from the last check of the content.
        var latest = pages.Max(p => p.Reviewed);
        // A translation dates from its English page's review, or from when it was translated or checked, whichever is later.
        // So does a translated kit page, from its English page's date or when it was translated or checked.
        IEnumerable<(string Url, DateOnly Reviewed)> entries =
        [
            ("/", latest), (SearchController.SearchPath, latest), .. pages.Select(p => (p.Url, p.Reviewed)),
            .. snapshot.Languages.Pages.Select(p => (p.Url, Later(p.Reviewed, p.Translation!.LastChanged))),
            .. snapshot.Kit is null ? [] : SchoolsKitPaths.Pages.Select(path => (path, snapshot.Site.ContentReviewed)),
            .. snapshot.Kit?.Translations.Select(t => (t.Translation.Url, Later(snapshot.Site.ContentReviewed, t.Translation.LastChanged))) ?? [],
        ];

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var (url, reviewed) in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Value.AbsoluteUrl(url));
                xml.WriteElementString("lastmod", SitemapNamespace, reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

                // Every version of the page, itself included, and English as the default: the same set as the page's hreflang links.
                var versions = snapshot.VersionsOf(url);
                foreach (var version in versions)
                {
                    Alternate(xml, snapshot.Languages.Find(version.Language)!.HtmlLang, version.Url);
                }

                if (versions.Count > 0)
                {
                    Alternate(xml, "x-default", versions[0].Url);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares utf-16; the bytes sent are UTF-8, so say so.
        return Content(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }

    private void Alternate(XmlWriter xml, string hreflang, string url)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", site.Value.AbsoluteUrl(url));
        xml.WriteEndElement();
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => b > a ? b : a;

    [HttpGet(RobotsPath)]
    [HttpHead(RobotsPath)]
    public IActionResult Robots() => Content(
        $"""
        User-agent: *
        Disallow: {SearchController.SearchPath}

        Sitemap: {site.Value.AbsoluteUrl(SitemapPath)}

        """,
        "text/plain; charset=utf-8");
}
