namespace KnowAboutCse.Web.Content;

/// <summary>One rendered content page, immutable once loaded.</summary>
/// <param name="SourcePath">The file, relative to the content folder, e.g. <c>parents/warning-signs.md</c>.</param>
/// <param name="Url">The canonical path, e.g. <c>/parents/warning-signs</c>.</param>
/// <param name="SectionKey">The section folder (<c>parents</c>), or null for a site-wide page.</param>
/// <param name="IsSectionIndex">True for a section's <c>_index.md</c>.</param>
/// <param name="Html">The body, rendered once at load.</param>
/// <param name="PlainText">The body's words, a block a line (see <see cref="Markdown.RenderedMarkdown"/>).</param>
/// <param name="ReadingEaseException">Why this page may score below the reading-ease target, if it may.</param>
/// <param name="Tool">The interactive tool shown under the text (<see cref="Tools.ToolNames"/>), if any.</param>
/// <param name="Group">The heading it is listed under on its section's front page, if the section has headings.</param>
/// <param name="Groups">For a section's front page: the headings its pages are listed under, in order.</param>
/// <param name="Sources">Where the page's facts come from, shown at its foot.</param>
/// <param name="GroupLine">The line of <paramref name="Group"/> in the file (1 when it has none), for problems.</param>
/// <param name="ReviewedLine">The line of 'reviewed' in the file, for the content check's warning when it is overdue.</param>
/// <param name="Versions">The page's Easy Read version, or the standard page it is the Easy Read version of (decision 0019).</param>
/// <param name="FooterMenu">For a section's front page: listed in the footer and on the home page, not in the top bar.</param>
/// <param name="Translation">For a translated page (<c>content/pl/…</c>): its language and the English page it translates; null for English.</param>
public sealed record ContentPage(
    string SourcePath,
    string Url,
    string? SectionKey,
    bool IsSectionIndex,
    string Title,
    string NavTitle,
    string Description,
    int Order,
    DateOnly Reviewed,
    string Html,
    string PlainText,
    string? ReadingEaseException,
    string? Tool,
    string? Group = null,
    IReadOnlyList<string>? Groups = null,
    IReadOnlyList<PageSource>? Sources = null,
    int GroupLine = 1,
    int ReviewedLine = 1,
    PageVersions? Versions = null,
    bool FooterMenu = false,
    Translations.Translation? Translation = null)
{
    /// <summary>The page's language code: <c>en</c>, or the translation's.</summary>
    public string Language => Translation?.Language.Code ?? Translations.Language.EnglishCode;

    /// <summary>The sources the partnership has not yet confirmed, which the content check warns about.</summary>
    public IEnumerable<PageSource> UnconfirmedSources => (Sources ?? []).Where(s => s.Unconfirmed);
}

/// <summary>
/// The other version of a page: <see cref="EasyRead"/> on a standard page (front matter <c>easy_read</c>),
/// <see cref="Standard"/> on its Easy Read version (front matter <c>standard</c>), with the line each was given on.
/// </summary>
public sealed record PageVersions(string? EasyRead, string? Standard, int Line);

/// <summary>A source of a page's facts: a published page, and whether the partnership has confirmed it.</summary>
public sealed record PageSource(string Title, string? Url, bool Unconfirmed, int Line);

/// <summary>A folder of pages with a front page, listed in order (by heading first, when it has headings).</summary>
public sealed record Section(string Key, ContentPage Index, IReadOnlyList<ContentPage> Pages)
{
    /// <summary>The pages under each of the front page's headings, in order; one untitled group when it has none.</summary>
    public IReadOnlyList<(string? Heading, IReadOnlyList<ContentPage> Pages)> Groups =>
        Index.Groups is { Count: > 0 } headings
            ? [.. headings.Select(h => ((string?)h, (IReadOnlyList<ContentPage>)[.. Pages.Where(p => p.Group == h)]))]
            : [(null, Pages)];

    public string Url => Index.Url;

    public string Title => Index.Title;

    public string NavTitle => Index.NavTitle;

    /// <summary>False for a section listed in the footer and on the home page instead of the top bar (front matter <c>menu: footer</c>).</summary>
    public bool InMainMenu => !Index.FooterMenu;

    /// <summary>The pages before and after <paramref name="page"/> in the section's order.</summary>
    public (ContentPage? Previous, ContentPage? Next) Neighbours(ContentPage page)
    {
        var i = Pages.IndexOf(page);
        return i < 0 ? (null, null) : (i > 0 ? Pages[i - 1] : null, i + 1 < Pages.Count ? Pages[i + 1] : null);
    }
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
