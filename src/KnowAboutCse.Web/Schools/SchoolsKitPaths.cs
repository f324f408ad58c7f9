using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Web.Schools;

/// <summary>The schools kit's addresses, for the static export and for links from content pages.</summary>
public sealed class SchoolsKitPaths : IPathSource
{
    public const string Letter = "/schools/letter";
    public const string Newsletter = "/schools/newsletter";
    public const string NewsletterText = "/schools/newsletter.txt";
    public const string QrCodesPage = "/schools/qr-codes";

    public static readonly IReadOnlyList<string> PosterIds = ["parents", "youngpeople", "workplaces"];

    /// <summary>Every GET address the kit serves without a query string (the letter's default, unfilled, version included).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Letter, Newsletter, NewsletterText, QrCodesPage,
        .. PosterIds.Select(Poster),
        .. QrCodes.Targets.Keys.SelectMany(t => QrCodes.Formats.Select(f => QrCodes.ImagePath(t, f))),
    ];

    /// <summary>The kit's HTML pages (the letter, the newsletter, the QR codes page and each poster): what the sitemap lists.</summary>
    public static IReadOnlyList<string> Pages { get; } = [Letter, Newsletter, QrCodesPage, .. PosterIds.Select(Poster)];

    public static string Poster(string id) => "/schools/poster/" + id;

    /// <summary>The English kit's addresses, each translated letter and poster, and the QR codes of the translated pages they point to.</summary>
    public IEnumerable<string> Paths(ContentSnapshot snapshot) => snapshot.Kit is not { } kit ? [] :
    [
        .. All,
        .. kit.Translations.Select(t => t.Translation.Url),
        .. kit.Translations.Select(t => t.Translation.Language).Distinct().SelectMany(language => QrCodes.Targets
            .Where(t => snapshot.FindPage(language.PathOf(t.Value)) is not null)
            .SelectMany(t => QrCodes.Formats.Select(f => language.PathOf(QrCodes.ImagePath(t.Key, f))))),
    ];
}
