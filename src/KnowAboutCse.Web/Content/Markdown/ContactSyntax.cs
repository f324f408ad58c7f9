using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowAboutCse.Web.Content.Markdown;

/// <summary>
/// Contact references in Markdown. <c>{{contact ID}}</c> alone on a line becomes the
/// contact card; <c>{{phone ID}}</c>, <c>{{hours ID}}</c> and <c>{{link ID}}</c> inside a
/// sentence become the number (as a <c>tel:</c> link), its opening hours, or the contact's
/// website link. The same parser reads <c>{{site KEY}}</c> (<see cref="SiteFactInline"/>) and
/// <c>{{icon NAME}}</c> (<see cref="IconInline"/>). The parser only records
/// the id; <see cref="MarkdownRenderer"/> resolves it against the contacts data, so the
/// pipeline itself holds no data and is built once.
/// </summary>
public sealed class ContactSyntaxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.AddIfNotAlready<ContactBlockParser>();
        pipeline.InlineParsers.AddIfNotAlready<ContactInlineParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<ContactBlockRenderer>();
            html.ObjectRenderers.AddIfNotAlready<ContactInlineRenderer>();
            html.ObjectRenderers.AddIfNotAlready<SiteFactInlineRenderer>();
            html.ObjectRenderers.AddIfNotAlready<IconInlineRenderer>();
        }
    }
}

/// <summary>What a contact reference shows: the whole card, the phone number, its hours, or the website link.</summary>
public enum ContactReferenceKind
{
    Card,
    Phone,
    Hours,
    Link,
}

/// <summary>A contact reference in the syntax tree; <see cref="Html"/> is filled in once the id is resolved.</summary>
public interface IContactReference
{
    ContactReferenceKind Kind { get; }

    string ContactId { get; }

    int Line { get; }

    string? Html { get; set; }
}

public sealed class ContactBlock(BlockParser parser) : LeafBlock(parser), IContactReference
{
    public ContactReferenceKind Kind => ContactReferenceKind.Card;

    public required string ContactId { get; init; }

    public string? Html { get; set; }
}

public sealed class ContactInline : LeafInline, IContactReference
{
    public required ContactReferenceKind Kind { get; init; }

    public required string ContactId { get; init; }

    public string? Html { get; set; }
}

internal sealed partial class ContactBlockParser : BlockParser
{
    public ContactBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = CardPattern().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new ContactBlock(this)
        {
            ContactId = match.Groups["id"].Value,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{\{contact (?<id>[a-z0-9-]+)\}\}\s*$")]
    private static partial Regex CardPattern();
}

internal sealed partial class ContactInlineParser : InlineParser
{
    public ContactInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '{')
        {
            return false;
        }

        var match = InlinePattern().Match(slice.Text, slice.Start, slice.Length);
        if (!match.Success)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var id = match.Groups["id"].Value;
        var span = new SourceSpan(start, start + match.Length - 1);
        processor.Inline = match.Groups["kind"].Value switch
        {
            "site" => new SiteFactInline { Key = id, Line = line, Column = column, Span = span },
            "icon" => new IconInline { Name = id, Line = line, Column = column, Span = span },
            var kind => new ContactInline
            {
                Kind = kind switch
                {
                    "phone" => ContactReferenceKind.Phone,
                    "hours" => ContactReferenceKind.Hours,
                    _ => ContactReferenceKind.Link,
                },
                ContactId = id,
                Line = line,
                Column = column,
                Span = span,
            },
        };
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex(@"\G\{\{(?<kind>phone|hours|link|site|icon) (?<id>[a-z0-9-]+)\}\}")]
    private static partial Regex InlinePattern();
}

internal sealed class ContactBlockRenderer : HtmlObjectRenderer<ContactBlock>
{
    protected override void Write(HtmlRenderer renderer, ContactBlock obj) => renderer.WriteLine(obj.Html ?? string.Empty);
}

internal sealed class ContactInlineRenderer : HtmlObjectRenderer<ContactInline>
{
    protected override void Write(HtmlRenderer renderer, ContactInline obj) => renderer.Write(obj.Html ?? string.Empty);
}
