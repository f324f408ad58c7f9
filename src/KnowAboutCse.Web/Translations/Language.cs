namespace KnowAboutCse.Web.Translations;

/// <summary>One language the site is written in, from <c>content/data/languages.yml</c>.</summary>
/// <param name="Code">The folder of its translations and the start of their addresses (<c>pl</c> → <c>/pl/...</c>); <c>en</c> for English.</param>
/// <param name="NativeName">Its name in itself (Polski), for the language link.</param>
/// <param name="EnglishName">Its name in English (Polish), for the content check and the review notes.</param>
/// <param name="HtmlLang">The <c>lang</c> and <c>hreflang</c> value: <c>en-GB</c>, <c>pl</c>, <c>ur</c>.</param>
/// <param name="RightToLeft">True for a language written right to left (Urdu): the page gets <c>dir="rtl"</c>.</param>
/// <param name="Clock24">True when times read 8:00 and 17:30 rather than 8am and 5:30pm.</param>
public sealed record Language(string Code, string NativeName, string EnglishName, string HtmlLang, bool RightToLeft, bool Clock24)
{
    /// <summary>The code of the site's own language, whose pages every translation translates.</summary>
    public const string EnglishCode = "en";

    public bool IsEnglish => Code == EnglishCode;

    public string Dir => RightToLeft ? "rtl" : "ltr";

    /// <summary>The address of <paramref name="englishPath"/> in this language (the path itself for English).</summary>
    public string PathOf(string englishPath) => IsEnglish ? englishPath : "/" + Code + (englishPath == "/" ? string.Empty : englishPath);
}
