using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// The schools kit's words, from <c>content/kit/</c>: the parent letter template, the newsletter
/// blurbs and the two posters. Loaded and checked with the rest of the content; numbers are
/// never stored here, only contact ids, so every printout shows the contacts file's numbers.
/// </summary>
public sealed record SchoolsKit(LetterTemplate Letter, IReadOnlyList<Blurb> Blurbs, IReadOnlyList<Poster> Posters)
{
    /// <summary>A content folder without <c>kit/</c> (small test sites) has no kit; its addresses are 404s.</summary>
    public static SchoolsKit? None => null;
}

/// <summary>
/// The letter rendered to HTML once, with slots (<see cref="KitText.SchoolSlot"/> and so on) still to
/// fill per request. <paramref name="ContactIds"/> are the contacts it names, for the "checked on" note.
/// </summary>
public sealed record LetterTemplate(string Title, string Html, IReadOnlyList<string> SitePaths, IReadOnlyList<string> ContactIds);

/// <summary>Ready-to-paste newsletter text. <see cref="Text"/> keeps its <c>{{phone id}}</c> and <c>{{site /path}}</c> placeholders.</summary>
/// <param name="Line">The line of its entry in the newsletter file.</param>
public sealed record Blurb(string Id, string Title, string Text, int Line = 1);

/// <summary>An A4 noticeboard poster: headline, three warning signs, a QR code and the key numbers.</summary>
/// <param name="Line">The line of its entry in the posters file.</param>
public sealed record Poster(string Id, string Title, string Headline, string Lead, IReadOnlyList<string> Signs, string QrTarget,
    IReadOnlyList<string> ContactIds, string Closing, int Line = 1);

/// <summary>The placeholders the kit's text may use, and how they are filled.</summary>
public static partial class KitText
{
    /// <summary>Markdown-safe words that stand for the per-request values until a request fills them.</summary>
    public const string SchoolSlot = "KacseSchoolSlot";

    public const string DateSlot = "KacseDateSlot";

    public const string SiteSlotPrefix = "KacseSiteSlot";

    /// <summary>An address as people type it: no scheme, so <c>www.knowaboutcse.co.uk/parents</c>.</summary>
    public static string Display(string absoluteUrl) => SchemePrefix().Replace(absoluteUrl, string.Empty);

    /// <summary>
    /// A blurb as plain text: <c>{{phone id}}</c> becomes the number as written, <c>{{site /path}}</c> the page's public address.
    /// </summary>
    public static string Plain(string text, ContactDirectory contacts, Func<string, string> absoluteUrl) =>
        Placeholder().Replace(text, m => m.Groups["kind"].Value switch
        {
            "phone" when contacts.TryGet(m.Groups["arg"].Value, out var contact) => contact.Phone ?? string.Empty,
            "site" => Display(absoluteUrl(m.Groups["arg"].Value)),
            _ => m.Value,
        });

    /// <summary>Every <c>{{…}}</c> in <paramref name="line"/>; the kind and argument, or a problem message.</summary>
    internal static IEnumerable<(string Kind, string Arg)> PlaceholdersIn(string line) =>
        AnyBraces().Matches(line).Select(m => Placeholder().Match(m.Value) is { Success: true } p
            ? (p.Groups["kind"].Value, p.Groups["arg"].Value)
            : (string.Empty, m.Value));

    internal static Regex ContactReference => ContactReferencePattern();

    internal static Regex SiteReference => SiteReferencePattern();

    [GeneratedRegex(@"\{\{(?<kind>phone|site) (?<arg>[a-z0-9/-]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex AnyBraces();

    [GeneratedRegex(@"\{\{(?:contact|phone|link) (?<id>[a-z0-9-]+)\}\}")]
    private static partial Regex ContactReferencePattern();

    [GeneratedRegex(@"\{\{site (?<path>/[a-z0-9/-]*)\}\}")]
    private static partial Regex SiteReferencePattern();

    [GeneratedRegex("^https?://")]
    private static partial Regex SchemePrefix();
}
