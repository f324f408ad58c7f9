using System.Collections.Frozen;
using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace KnowAboutCse.Web.Content.Markdown;

/// <summary>
/// <c>{{icon NAME}}</c> at the start of a paragraph: the Easy Read "picture beside a point". The
/// paragraph becomes a <c>point</c> with the picture in front of its words. The picture is
/// decorative (<c>alt=""</c>): the words beside it say everything. The contact references' inline
/// parser reads it; <see cref="MarkdownRenderer"/> checks the name and the place (decision 0019).
/// </summary>
public sealed class IconInline : LeafInline
{
    public required string Name { get; init; }
}

/// <summary>The pictures drawn for this site, one SVG each in <c>wwwroot/icons/easy-read/</c>.</summary>
public static class EasyReadIcons
{
    /// <summary>The web path of the folder the icons are served from.</summary>
    public const string Folder = "/icons/easy-read/";

    /// <summary>The class of a paragraph that starts with a picture.</summary>
    public const string PointClass = "point";

    /// <summary>Every icon a page may name; a test checks each has its file, and each file a name here.</summary>
    public static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.Ordinal,
    [
        "body", "chat", "clock", "cross", "easy-read", "gift", "happy", "heart", "home", "laptop", "lock",
        "meet", "pants", "people", "phone", "photo", "police", "question", "school", "stop", "talk", "tick",
        "warning", "worried",
    ]);

    public static string Path(string name) => Folder + name + ".svg";

    /// <summary>The picture, sized by the stylesheet; empty alt text, since the words beside it say it all.</summary>
    public static string Html(string name) =>
        $"<img class=\"point__icon\" src=\"{WebUtility.HtmlEncode(Path(name))}\" alt=\"\" width=\"48\" height=\"48\">";

    /// <summary>
    /// The HTML with each picture replaced by its name in brackets, "[picture: gift]", for the review
    /// pack: one file that loads nothing, in which a reviewer still sees which picture is beside each point.
    /// </summary>
    public static string Named(string html) =>
        html.Contains(Folder, StringComparison.Ordinal)
            ? Names.Aggregate(html, (text, name) => text.Replace(Html(name), $"<span class=\"picture\">[picture: {name}]</span>", StringComparison.Ordinal))
            : html;
}

internal sealed class IconInlineRenderer : HtmlObjectRenderer<IconInline>
{
    protected override void Write(HtmlRenderer renderer, IconInline obj) => renderer.Write(EasyReadIcons.Html(obj.Name));
}
