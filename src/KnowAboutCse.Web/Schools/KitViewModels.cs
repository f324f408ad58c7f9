using System.Text.Encodings.Web;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// The letter with its slots filled: the school's name and date (HTML-encoded), the public addresses, in
/// <paramref name="Words"/>' language; <paramref name="Codes"/> are each QR code's image and the address it opens.
/// </summary>
public sealed record LetterViewModel(string Html, string? School, DateOnly? Date, string CheckedHtml, IReadOnlyList<(string Src, string Url)> Codes,
    UiText Words, string Path, Translation? Translation)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static LetterViewModel Create(LetterTemplate template, ContactDirectory contacts, SiteOptions site, IReadOnlyList<(string Src, string Url)> codes,
        string? school, DateOnly? date)
    {
        var words = contacts.Words;
        var html = template.Html
            .Replace(KitText.SchoolSlot, Encoder.Encode(school ?? words["kit_no_school"]), StringComparison.Ordinal)
            .Replace(KitText.DateSlot, date is { } d ? Encoder.Encode(words.Date(d)) : string.Empty, StringComparison.Ordinal)
            .Replace("<p></p>\n", string.Empty, StringComparison.Ordinal);
        for (var i = template.SitePaths.Count - 1; i >= 0; i--)
        {
            html = html.Replace($"{KitText.SiteSlotPrefix}{i}x", Encoder.Encode(KitText.Display(site.AbsoluteUrl(template.SitePaths[i]))), StringComparison.Ordinal);
        }

        var named = template.ContactIds.Select(id => contacts.TryGet(id, out var c) ? c : null).OfType<Contact>().ToList();
        return new LetterViewModel(html, school, date, ContactHtml.CheckedSummary(named, words), codes, words,
            template.Translation?.Url ?? SchoolsKitPaths.Letter, template.Translation);
    }
}

/// <summary>A poster, its contacts in order (and the directory, in the poster's words), and its QR code's image and address.</summary>
public sealed record PosterViewModel(Poster Poster, IReadOnlyList<Contact> Contacts, ContactDirectory Directory, string QrSrc, string QrUrl)
{
    public PosterViewModel(Poster poster, ContactDirectory contacts, (string Src, string Url) code)
        : this(poster, [.. poster.ContactIds.Select(id => contacts[id])], contacts, code.Src, code.Url)
    {
    }

    public UiText Words => Directory.Words;

    public string Path => Poster.Translation?.Url ?? SchoolsKitPaths.Poster(Poster.Id);
}

/// <summary>The blurbs as the plain text a school pastes.</summary>
public sealed record NewsletterViewModel(IReadOnlyList<(string Id, string Title, string Text)> Blurbs)
{
    public NewsletterViewModel(IReadOnlyList<Blurb> blurbs, ContactDirectory contacts, SiteOptions site)
        : this([.. blurbs.Select(b => (b.Id, b.Title, KitText.Plain(b.Text, contacts, site.AbsoluteUrl)))])
    {
    }
}
