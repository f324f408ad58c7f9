using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content.Markdown;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Words written in a data file (a tool's verdict, a notice, a "why" line): Markdown with
/// contact references, rendered once at load by the pages' own pipeline, so links, contact
/// ids and raw HTML are checked the same way.
/// </summary>
/// <param name="Source">The text as written, for the review pack.</param>
/// <param name="Html">The rendered block HTML.</param>
/// <param name="Plain">The words alone, one block a line, for the content checks.</param>
/// <param name="Line">The line in its data file where the item holding it starts.</param>
public sealed partial record Prose(string Source, string Html, string Plain, int Line)
{
    /// <summary>The HTML without its paragraph, for a text of one paragraph shown inside a list item or sentence.</summary>
    public string InlineHtml => OneParagraph().Match(Html) is { Success: true } m ? m.Groups["inner"].Value : Html;

    /// <summary>
    /// Renders <paramref name="text"/>, or records a problem at <paramref name="line"/> of
    /// <paramref name="file"/> and returns null. Site links must be among <paramref name="addresses"/>.
    /// </summary>
    internal static Prose? Read(string? text, string what, string file, int line, ContactDirectory contacts, IReadOnlySet<string> addresses,
        List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ContentProblem(file, line, $"{what} needs its text."));
            return null;
        }

        var rendered = MarkdownRenderer.Render(text.Trim(), contacts);
        var before = problems.Count;
        problems.AddRange(rendered.Problems.Select(p => new ContentProblem(file, line, $"{what}: {p.Message}")));
        problems.AddRange(rendered.SiteLinks.Where(l => !ContentLoader.IsAddress(addresses, l.Path))
            .Select(l => new ContentProblem(file, line, $"{what}: link to {l.Path}, which is not a page on this site.")));
        return problems.Count > before ? null : new Prose(text.Trim(), rendered.Html, rendered.PlainText, line);
    }

    [GeneratedRegex(@"^<p>(?<inner>(?:(?!</?p>).)*)</p>\s*$", RegexOptions.Singleline)]
    private static partial Regex OneParagraph();
}
