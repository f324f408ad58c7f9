using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// The schools kit's words, from <c>content/kit/</c>: the parent letter template, the newsletter
/// blurbs and the posters, and their translations. Loaded and checked with the rest of the content; numbers
/// are never stored here, only contact ids, so every printout shows the contacts file's numbers.
/// </summary>
public sealed record SchoolsKit(LetterTemplate Letter, IReadOnlyList<Blurb> Blurbs, IReadOnlyList<Poster> Posters, IReadOnlyList<KitTranslation> Translations)
{
    /// <summary>A content folder without <c>kit/</c> (small test sites) has no kit; its addresses are 404s.</summary>
    public static SchoolsKit? None => null;

    /// <summary>The translated letter or poster at <paramref name="url"/> (<c>/pl/schools/letter</c>), if there is one.</summary>
    public KitTranslation? FindTranslation(string url) => Translations.FirstOrDefault(t => t.Translation.Url == url);

    /// <summary>The translations of the English kit page at <paramref name="englishUrl"/>.</summary>
    public IEnumerable<KitTranslation> TranslationsOf(string englishUrl) => Translations.Where(t => t.Translation.SourceUrl == englishUrl);
}

/// <summary>A translated letter (<paramref name="Letter"/>) or poster (<paramref name="Poster"/>), served at <see cref="Translation.Url"/>.</summary>
public sealed record KitTranslation(Translation Translation, LetterTemplate? Letter, Poster? Poster);

/// <summary>
/// The letter rendered to HTML once, with slots (<see cref="KitText.SchoolSlot"/> and so on) still to
/// fill per request. <paramref name="ContactIds"/> are the contacts it names, for the "checked on" note;
/// <paramref name="Slots"/> every <c>{{…}}</c> it uses, which a translation should keep (the content check compares them).
/// </summary>
public sealed record LetterTemplate(string Html, IReadOnlyList<string> SitePaths, IReadOnlyList<string> ContactIds, IReadOnlySet<string> Slots,
    Translation? Translation = null);

/// <summary>Ready-to-paste newsletter text. <see cref="Text"/> keeps its <c>{{phone id}}</c> and <c>{{site /path}}</c> placeholders.</summary>
/// <param name="Line">The line of its entry in the newsletter file.</param>
public sealed record Blurb(string Id, string Title, string Text, int Line = 1);

/// <summary>An A4 noticeboard poster: headline, three warning signs, a QR code and the key numbers.</summary>
/// <param name="Line">The line of its entry in the posters file.</param>
/// <param name="Translation">For a translated poster, what it translates and who made and checked it.</param>
public sealed record Poster(string Id, string Title, string Headline, string Lead, IReadOnlyList<string> Signs, string QrTarget,
    IReadOnlyList<string> ContactIds, string Closing, int Line = 1, Translation? Translation = null);

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

    /// <summary>Any <c>{{…}}</c>.</summary>
    internal static Regex AnySlot => AnyBraces();

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
