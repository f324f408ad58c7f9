using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Web.Content;

/// <summary>The home page, every Markdown page and every translated page.</summary>
internal sealed class ContentPaths : IPathSource
{
    public IEnumerable<string> Paths(ContentSnapshot snapshot) => snapshot.AllPages.Concat(snapshot.Languages.Pages).Select(p => p.Url).Prepend("/");
}
