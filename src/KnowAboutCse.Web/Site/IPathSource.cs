using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Site;

/// <summary>
/// The GET addresses one part of the site serves without a query string (pages, downloads,
/// images), so that the static export can write them all. Each feature registers one.
/// </summary>
public interface IPathSource
{
    /// <summary>Root-relative paths, such as <c>/parents</c> or <c>/schools/qr/parents.svg</c>.</summary>
    IEnumerable<string> Paths(ContentSnapshot snapshot);
}
