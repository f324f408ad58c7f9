namespace KnowAboutCse.Web.Site;

/// <summary>What the layout needs from each view: title, description, canonical path and the trail to it.</summary>
/// <param name="Title">The page's own title; the layout appends the site name.</param>
/// <param name="CanonicalPath">The page's one address, or null for error pages (which have none).</param>
/// <param name="Breadcrumbs">The pages above this one, home first; empty on the home page.</param>
/// <param name="SectionKey">The section to mark as current in the main navigation.</param>
/// <param name="Language">The page's language code (<c>en</c>, <c>pl</c>, <c>ur</c>): the layout's words, <c>lang</c> and <c>dir</c>.</param>
public sealed record PageMeta(
    string Title,
    string Description,
    string? CanonicalPath,
    IReadOnlyList<(string Title, string Url)> Breadcrumbs,
    string? SectionKey = null,
    string Language = Translations.Language.EnglishCode)
{
    public const string ViewDataKey = nameof(PageMeta);
}
