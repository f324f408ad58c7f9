using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Web.Content;

/// <summary>The home page and every Markdown page.</summary>
internal sealed class ContentPaths : IPathSource
{
    public IEnumerable<string> Paths(ContentSnapshot snapshot) => snapshot.AllPages.Select(p => p.Url).Prepend("/");
}
