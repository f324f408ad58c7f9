using System.Text;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowAboutCse.Web.Content.Markdown;

/// <summary>The result of rendering one Markdown file. Lines are 1-based lines of the whole file.</summary>
/// <param name="PlainText">The words a reader reads, one block (paragraph, heading, list item) a line,
/// each ending a sentence: for reading-ease scores and search.</param>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    string? FrontMatter,
    int FrontMatterFirstLine,
    IReadOnlyList<SiteLink> SiteLinks,
    IReadOnlyList<(int Line, string Message)> Problems);

/// <summary>A link to a path on this site, to be checked against the pages that exist.</summary>
public sealed record SiteLink(string Path, int Line);

/// <summary>
/// The site's one Markdown pipeline, built once: YAML front matter, heading ids, pipe
/// tables, contact references, raw HTML disabled. <c>DisableHtml</c> alone still lets
/// <c>javascript:</c> and <c>data:</c> links through, so every link is checked against
/// an allow-list and any other link is rendered as plain text and reported.
/// </summary>
public static partial class MarkdownRenderer
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Use<ContactSyntaxExtension>()
        .DisableHtml()
        .Build();

    /// <param name="site">The site's facts for <c>{{site KEY}}</c>; null where pages' governance facts have no place (tool texts, the kit).</param>
    public static RenderedMarkdown Render(string markdown, ContactDirectory contacts, SiteInfo? site = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var problems = new List<(int Line, string Message)>();
        var siteLinks = new List<SiteLink>();
        Prepare(document, contacts, site, problems, siteLinks);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);

        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        return new RenderedMarkdown(
            writer.ToString(),
            PlainText(document),
            frontMatter?.Lines.ToString(),
            frontMatter is null ? 0 : frontMatter.Line + 2,
            siteLinks,
            problems);
    }

    /// <summary>
    /// Each top-level block (paragraph, heading, list, card) as HTML with the 1-based line it starts on,
    /// front matter left out: for the review pack, which prints every block beside its line.
    /// </summary>
    public static IReadOnlyList<(int Line, string Html)> RenderBlocks(string markdown, ContactDirectory contacts, SiteInfo? site = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        Prepare(document, contacts, site, [], []);
        var blocks = new List<(int, string)>();
        foreach (var block in document.Where(b => b is not YamlFrontMatterBlock))
        {
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(block);
            blocks.Add((block.Line + 1, writer.ToString()));
        }

        return blocks;
    }

    /// <summary>Checks links, images and headings, and resolves contact and site references, in place.</summary>
    private static void Prepare(MarkdownDocument document, ContactDirectory contacts, SiteInfo? site, List<(int Line, string Message)> problems, List<SiteLink> siteLinks)
    {
        // Collect first: the checks below rewrite the tree.
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    problems.Add((heading.Line + 1, "Start sections with '##': the page title is the page's only first-level heading."));
                    break;
                case LinkInline { IsImage: true } image:
                    problems.Add((image.Line + 1, "Images are not supported in content."));
                    Unwrap(image);
                    break;
                case LinkInline link:
                    CheckLink(link, link.Url, problems, siteLinks, () => Unwrap(link));
                    break;
                case AutolinkInline autolink:
                    CheckLink(autolink, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, problems, siteLinks,
                        () => autolink.ReplaceBy(new LiteralInline(autolink.Url)));
                    break;
                case IContactReference reference:
                    Resolve(reference, contacts, problems);
                    break;
                case IconInline icon:
                    CheckIcon(icon, problems);
                    break;
                case SiteFactInline fact:
                    fact.Html = site?.Html(fact.Key);
                    if (fact.Html is null)
                    {
                        problems.Add((fact.Line + 1, site is null
                            ? "{{site …}} can only be used in pages."
                            : $"Unknown '{{{{site {fact.Key}}}}}': use one of {string.Join(", ", SiteInfo.Keys)} (see data/site.yml)."));
                    }

                    break;
                case LiteralInline literal when literal.Content.IndexOf("{{") >= 0:
                    problems.Add((literal.Line + 1,
                        "Unrecognised '{{': write {{contact ID}} alone on a line, {{phone ID}}, {{hours ID}} or {{link ID}} in a sentence, or {{icon NAME}} at the start of a paragraph."));
                    break;
                case LiteralInline literal when RawHtmlTag().IsMatch(literal.Content.ToString()):
                    problems.Add((literal.Line + 1, "Raw HTML is not allowed in content (it would show as text): use Markdown."));
                    break;
            }
        }
    }

    /// <summary>A known picture, first in a paragraph of its own (not in a list, where Markdig drops the paragraph's tag and class).</summary>
    private static void CheckIcon(IconInline icon, List<(int, string)> problems)
    {
        if (!EasyReadIcons.Names.Contains(icon.Name))
        {
            problems.Add((icon.Line + 1, $"Unknown icon '{icon.Name}': use one of {string.Join(", ", EasyReadIcons.Names.Order(StringComparer.Ordinal))} (wwwroot/icons/easy-read/)."));
        }

        if (icon.PreviousSibling is null && icon.Parent?.ParentBlock is ParagraphBlock { Parent: MarkdownDocument } paragraph)
        {
            paragraph.GetAttributes().AddClass(EasyReadIcons.PointClass);
            return;
        }

        problems.Add((icon.Line + 1, $"Put {{{{icon {icon.Name}}}}} at the very start of a paragraph of its own, not inside a sentence, heading or list."));
        icon.Remove();
    }

    private static void CheckLink(Inline inline, string? url, List<(int, string)> problems, List<SiteLink> siteLinks, Action neutralise)
    {
        switch (LinkPolicy.Classify(url))
        {
            case LinkKind.SitePath:
                siteLinks.Add(new SiteLink(LinkPolicy.PathOf(url!), inline.Line + 1));
                break;
            case LinkKind.Allowed:
                break;
            default:
                problems.Add((inline.Line + 1,
                    $"Link '{url}' is not allowed: use a site path like /parents/warning-signs, or an http(s), mailto or tel address."));
                neutralise();
                break;
        }
    }

    private static void Resolve(IContactReference reference, ContactDirectory contacts, List<(int, string)> problems)
    {
        if (!contacts.TryGet(reference.ContactId, out var contact))
        {
            if (contacts.BrokenIds.Contains(reference.ContactId))
            {
                return; // its own entry in the contacts file is already reported
            }

            problems.Add((reference.Line + 1, $"Unknown contact id '{reference.ContactId}' (see data/contacts.yml)."));
            return;
        }

        reference.Html = reference.Kind switch
        {
            ContactReferenceKind.Card => ContactHtml.Card(contact, contacts),
            ContactReferenceKind.Phone when contact.PhoneChannel is not null => ContactHtml.PhoneLink(contact, contacts.Words),
            ContactReferenceKind.Hours when contact.PhoneChannel is { } phone => System.Net.WebUtility.HtmlEncode(ContactHtml.HoursText(phone, contacts)),
            ContactReferenceKind.Link when contact.Web is not null => ContactHtml.WebLink(contact),
            _ => null,
        };

        if (reference.Html is null)
        {
            problems.Add((reference.Line + 1,
                $"Contact '{contact.Id}' has no {(reference.Kind == ContactReferenceKind.Link ? "web link" : "phone number")}."));
        }
    }

    private static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock))
        {
            var line = string.Concat(block.Inline?.Descendants<Inline>().Select(i => i switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContactInline { Html: { } html } => TextOf(html), // the number, hours or link text a reader sees
                SiteFactInline { Html: { } html } => TextOf(html),
                LineBreakInline => " ",
                _ => string.Empty,
            }) ?? []).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            text.Append(line);
            if (!".!?:".Contains(line[^1], StringComparison.Ordinal))
            {
                text.Append('.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TextOf(string html) => System.Net.WebUtility.HtmlDecode(RawHtmlTag().Replace(html, string.Empty));

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex RawHtmlTag();

    /// <summary>Replaces a link with its text, so a refused link still reads but goes nowhere.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
