using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowAboutCse.Web.Content.Markdown;

/// <summary>
/// <c>{{site owner}}</c> and the other keys of <see cref="SiteInfo"/> inside a sentence: the owner,
/// the feedback route and the governance dates from <c>data/site.yml</c>, so the about page, the
/// accessibility statement and the privacy notice never type them. Like contact references, the
/// parser only records the key; <see cref="MarkdownRenderer"/> fills in the HTML.
/// </summary>
public sealed class SiteFactInline : LeafInline
{
    public required string Key { get; init; }

    public string? Html { get; set; }
}

internal sealed partial class SiteFactInlineParser : InlineParser
{
    public SiteFactInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '{' || SitePattern().Match(slice.Text, slice.Start, slice.Length) is not { Success: true } match)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new SiteFactInline
        {
            Key = match.Groups["key"].Value,
            Line = line,
            Column = column,
            Span = new SourceSpan(start, start + match.Length - 1),
        };
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex(@"\G\{\{site (?<key>[a-z-]+)\}\}")]
    private static partial Regex SitePattern();
}

internal sealed class SiteFactInlineRenderer : HtmlObjectRenderer<SiteFactInline>
{
    protected override void Write(HtmlRenderer renderer, SiteFactInline obj) => renderer.Write(obj.Html ?? string.Empty);
}
