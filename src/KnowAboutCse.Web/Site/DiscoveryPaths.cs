using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Controllers;

namespace KnowAboutCse.Web.Site;

/// <summary>The search form page, the sitemap, robots.txt, the web app manifest and the site's icons.</summary>
internal sealed class DiscoveryPaths : IPathSource
{
    public const string ManifestPath = "/site.webmanifest";

    public IEnumerable<string> Paths(ContentSnapshot snapshot) =>
        [SearchController.SearchPath, DiscoveryController.SitemapPath, DiscoveryController.RobotsPath, ManifestPath, .. SiteImages.Files];
}
