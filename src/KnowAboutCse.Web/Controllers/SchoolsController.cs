using System.Globalization;
using System.Text;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Translations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowAboutCse.Web.Controllers;

/// <summary>
/// The schools kit: the parent letter, posters, newsletter text and QR codes, and the translated letter and posters
/// (<c>/pl/schools/letter</c>). Thin: the words come from <c>content/kit/</c>, <c>content/CODE/kit/</c> and the strings files.
/// </summary>
[Route("schools")]
public sealed class SchoolsController(RequestContent content, QrCodes qrCodes, IOptions<SiteOptions> site) : Controller
{
    /// <summary>Long enough for "The Blessed William Howard Catholic High School and Sixth Form Centre", short enough for one line.</summary>
    public const int MaxSchoolNameLength = 100;

    [AcceptVerbs("GET", "HEAD", Route = "letter")]
    public IActionResult Letter() => content.Snapshot.Kit is { } kit ? LetterView(kit.Letter, content.Snapshot.Languages.English.Language) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "~/{lang}/schools/letter")]
    public IActionResult TranslatedLetter(string lang) =>
        Translated(lang, SchoolsKitPaths.Letter) is { Letter: { } letter, Translation.Language: var language } ? LetterView(letter, language) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "poster/{id}")]
    public IActionResult Poster(string id) =>
        content.Snapshot.Kit?.Posters.FirstOrDefault(p => p.Id == id) is { } poster ? PosterView(poster, content.Snapshot.Languages.English.Language) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "~/{lang}/schools/poster/{id}")]
    public IActionResult TranslatedPoster(string lang, string id) =>
        Translated(lang, SchoolsKitPaths.Poster(id)) is { Poster: { } poster, Translation.Language: var language } ? PosterView(poster, language) : NotFound();

    private KitTranslation? Translated(string lang, string englishPath) =>
        content.Snapshot.Languages.Find(lang) is { IsEnglish: false } language ? content.Snapshot.Kit?.FindTranslation(language.PathOf(englishPath)) : null;

    private (string Src, string Url) Code(string target, Language language) => qrCodes.For(target, language, path => content.Snapshot.FindPage(path) is not null);

    private ViewResult PosterView(Poster poster, Language language) =>
        View("Poster", new PosterViewModel(poster, content.Snapshot.Languages.Contacts(language.Code), Code(poster.QrTarget, language)));

    private IActionResult LetterView(LetterTemplate letter, Language language)
    {
        if (!TryReadLetterQuery(out var school, out var date))
        {
            return BadRequest();
        }

        if (Request.QueryString.HasValue)
        {
            // A school's own version is made for one request: no cache, proxy or CDN keeps it.
            Response.Headers.CacheControl = "no-store";
        }

        return View("Letter", LetterViewModel.Create(letter, content.Snapshot.Languages.Contacts(language.Code), site.Value,
            [Code("parents", language), Code("youngpeople", language)], school, date));
    }

    [AcceptVerbs("GET", "HEAD", Route = "newsletter")]
    public IActionResult Newsletter() =>
        content.Snapshot.Kit is { } kit ? View(new NewsletterViewModel(kit.Blurbs, content.Snapshot.Contacts, site.Value)) : NotFound();

    [AcceptVerbs("GET", "HEAD", Route = "newsletter.txt")]
    public IActionResult NewsletterText()
    {
        if (content.Snapshot.Kit is not { } kit)
        {
            return NotFound();
        }

        var view = new NewsletterViewModel(kit.Blurbs, content.Snapshot.Contacts, site.Value);
        var text = new StringBuilder();
        text.Append("Know About CSE: newsletter text for schools\n");
        text.Append(CultureInfo.InvariantCulture, $"From {site.Value.AbsoluteUrl(SchoolsKitPaths.Newsletter)}\n");
        foreach (var blurb in view.Blurbs)
        {
            text.Append("\n\n").Append(blurb.Title).Append('\n').Append('=', blurb.Title.Length).Append("\n\n").Append(blurb.Text).Append('\n');
        }

        Response.Headers.ContentDisposition = "attachment; filename=\"knowaboutcse-newsletter.txt\"";
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8");
    }

    [AcceptVerbs("GET", "HEAD", Route = "qr-codes")]
    public IActionResult Codes() =>
        content.Snapshot.Kit is null ? NotFound() : View("QrCodes", QrCodes.Targets.Keys.Select(t => (t, qrCodes.UrlFor(t))).ToList());

    /// <summary><c>/schools/qr/parents.svg</c> and the like; anything else is a 404.</summary>
    [AcceptVerbs("GET", "HEAD", Route = "qr/{file}")]
    public IActionResult Qr(string file)
    {
        var dot = file.LastIndexOf('.');
        if (content.Snapshot.Kit is null || dot <= 0 || qrCodes.Get(file[..dot], file[(dot + 1)..]) is not { } code)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=86400";
        return File(code.Bytes, code.ContentType);
    }

    /// <summary><c>/pl/schools/qr/parents.svg</c>: the code for the page in that language, where it is translated; anything else is a 404.</summary>
    [AcceptVerbs("GET", "HEAD", Route = "~/{lang}/schools/qr/{file}")]
    public IActionResult TranslatedQr(string lang, string file)
    {
        var dot = file.LastIndexOf('.');
        if (content.Snapshot.Kit is null || content.Snapshot.Languages.Find(lang) is not { IsEnglish: false } language || dot <= 0 ||
            !QrCodes.Targets.TryGetValue(file[..dot], out var path) || content.Snapshot.FindPage(language.PathOf(path)) is null ||
            qrCodes.Get(file[..dot], file[(dot + 1)..], language.PathOf(path)) is not { } code)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=86400";
        return File(code.Bytes, code.ContentType);
    }

    /// <summary>Both optional; present but unusable (too long, control characters, not a date, repeated) is a 400.</summary>
    private bool TryReadLetterQuery(out string? school, out DateOnly? date)
    {
        school = null;
        date = null;
        var query = Request.Query;
        if (query["school"].Count > 1 || query["date"].Count > 1)
        {
            return false;
        }

        var schoolText = query["school"].ToString().Trim();
        if (schoolText.Length > MaxSchoolNameLength || schoolText.Any(char.IsControl))
        {
            return false;
        }

        school = schoolText.Length == 0 ? null : schoolText;
        var dateText = query["date"].ToString().Trim();
        if (dateText.Length == 0)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
