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
    string? Tool);

/// <summary>A folder of pages with a front page, listed in order.</summary>
public sealed record Section(string Key, ContentPage Index, IReadOnlyList<ContentPage> Pages)
{
    public string Url => Index.Url;

    public string Title => Index.Title;

    public string NavTitle => Index.NavTitle;

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
