using System.Text.Encodings.Web;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Web.Schools;

/// <summary>The letter with its slots filled: the school's name and date (HTML-encoded), the public addresses.</summary>
public sealed record LetterViewModel(string Title, string Html, string? School, DateOnly? Date, string CheckedHtml, IReadOnlyList<(string Target, string Url)> Codes)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>What the letter says in place of a school's name when none is given.</summary>
    public const string NoSchool = "your child's school";

    public static LetterViewModel Create(LetterTemplate template, ContactDirectory contacts, SiteOptions site, string? school, DateOnly? date)
    {
        var html = template.Html
            .Replace(KitText.SchoolSlot, Encoder.Encode(school ?? NoSchool), StringComparison.Ordinal)
            .Replace(KitText.DateSlot, date is { } d ? ContactHtml.Date(d) : string.Empty, StringComparison.Ordinal)
            .Replace("<p></p>\n", string.Empty, StringComparison.Ordinal);
        for (var i = template.SitePaths.Count - 1; i >= 0; i--)
        {
            html = html.Replace($"{KitText.SiteSlotPrefix}{i}x", Encoder.Encode(KitText.Display(site.AbsoluteUrl(template.SitePaths[i]))), StringComparison.Ordinal);
        }

        var named = template.ContactIds.Select(id => contacts.TryGet(id, out var c) ? c : null).OfType<Contact>().ToList();
        return new LetterViewModel(template.Title, html, school, date, ContactHtml.CheckedSummary(named),
            [("parents", site.AbsoluteUrl("/parents")), ("youngpeople", site.AbsoluteUrl("/youngpeople"))]);
    }
}

/// <summary>A poster, its contacts in order (and the directory, for their out-of-hours lines), and the address its QR code opens.</summary>
public sealed record PosterViewModel(Poster Poster, IReadOnlyList<Contact> Contacts, ContactDirectory Directory, string QrUrl)
{
    public PosterViewModel(Poster poster, ContactDirectory contacts, string qrUrl)
        : this(poster, [.. poster.ContactIds.Select(id => contacts[id])], contacts, qrUrl)
    {
    }
}

/// <summary>The blurbs as the plain text a school pastes.</summary>
public sealed record NewsletterViewModel(IReadOnlyList<(string Id, string Title, string Text)> Blurbs)
{
    public NewsletterViewModel(IReadOnlyList<Blurb> blurbs, ContactDirectory contacts, SiteOptions site)
        : this([.. blurbs.Select(b => (b.Id, b.Title, KitText.Plain(b.Text, contacts, site.AbsoluteUrl)))])
    {
    }
}
