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

    [HttpGet(SitemapPath)]
    [HttpHead(SitemapPath)]
    public IActionResult Sitemap()
    {
        var snapshot = content.Snapshot;
        var pages = snapshot.AllPages;

        // The home page and search have no file of their own: they change when any page does. The
        // kit's pages (letter, posters, newsletter, QR codes) date from the last check of the content.
        var latest = pages.Max(p => p.Reviewed);
        IEnumerable<(string Url, DateOnly Reviewed)> entries =
        [
            ("/", latest), (SearchController.SearchPath, latest), .. pages.Select(p => (p.Url, p.Reviewed)),
            .. snapshot.Kit is null ? [] : SchoolsKitPaths.Pages.Select(path => (path, snapshot.Site.ContentReviewed)),
        ];

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (url, reviewed) in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Value.AbsoluteUrl(url));
                xml.WriteElementString("lastmod", SitemapNamespace, reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder output declares utf-16; the bytes sent are UTF-8, so say so.
        return Content(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }

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
