using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Controllers;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// The search form page, the sitemap and robots.txt. The manifest and icons are files in
/// wwwroot, which the export lists for itself.
/// </summary>
internal sealed class DiscoveryPaths : IPathSource
{
    public IEnumerable<string> Paths(ContentSnapshot snapshot) =>
        [SearchController.SearchPath, DiscoveryController.SitemapPath, DiscoveryController.RobotsPath];
}
