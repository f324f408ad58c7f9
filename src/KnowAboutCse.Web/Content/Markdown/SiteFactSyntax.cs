using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace KnowAboutCse.Web.Content.Markdown;

/// <summary>
/// <c>{{site owner}}</c> and the other keys of <see cref="SiteInfo"/> inside a sentence: the owner,
/// the feedback route and the governance dates from <c>data/site.yml</c>, so the about page, the
/// accessibility statement and the privacy notice never type them. The contact references' inline
/// parser reads it and only records the key; <see cref="MarkdownRenderer"/> fills in the HTML.
/// </summary>
public sealed class SiteFactInline : LeafInline
{
    public required string Key { get; init; }

    public string? Html { get; set; }
}

internal sealed class SiteFactInlineRenderer : HtmlObjectRenderer<SiteFactInline>
{
    protected override void Write(HtmlRenderer renderer, SiteFactInline obj) => renderer.Write(obj.Html ?? string.Empty);
}
