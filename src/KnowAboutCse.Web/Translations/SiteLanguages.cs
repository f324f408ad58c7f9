using System.Collections.Frozen;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// The site's languages, their layout words and the translated pages of one content snapshot:
/// translated pages by address, the translations of each English page, and each language's
/// sections (its own pages where they are translated, the English ones where not).
/// </summary>
public sealed class SiteLanguages
{
    private readonly FrozenDictionary<string, UiText> words;
    private readonly FrozenDictionary<string, ContentPage> byUrl;
    private readonly FrozenDictionary<string, IReadOnlyList<ContentPage>> bySource;
    private readonly FrozenDictionary<string, Section> sections;
    private readonly FrozenDictionary<string, ContactDirectory> contacts;

    private readonly FrozenDictionary<string, ContentPage> englishByUrl;

    public SiteLanguages(IReadOnlyList<UiText> words, IReadOnlyList<ContentPage> translations, IReadOnlyList<ContentPage> englishPages,
        IReadOnlyList<Section> englishSections, ContactDirectory englishContacts, IReadOnlyDictionary<string, string> stringsFiles)
    {
        englishByUrl = englishPages.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        contacts = words.ToFrozenDictionary(w => w.Language.Code, w => w.Language.IsEnglish ? englishContacts : englishContacts.In(w), StringComparer.Ordinal);
        All = [.. words.Select(w => w.Language)];
        this.words = words.ToFrozenDictionary(w => w.Language.Code, StringComparer.Ordinal);
        Pages = translations;
        StringsFiles = stringsFiles;
        byUrl = translations.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        bySource = translations.GroupBy(p => p.Translation!.SourceUrl, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ContentPage>)[.. g.OrderBy(p => All.IndexOf(p.Translation!.Language))], StringComparer.Ordinal);

        var languageSections = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var language in All.Where(l => !l.IsEnglish))
        {
            foreach (var section in englishSections)
            {
                ContentPage In(ContentPage page) => TranslationOf(page, language) ?? page;
                if (section.Pages.Prepend(section.Index).Any(p => TranslationOf(p, language) is not null))
                {
                    languageSections[language.Code + "/" + section.Key] = new Section(section.Key, In(section.Index), [.. section.Pages.Select(In)]);
                }
            }
        }

        sections = languageSections.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>English first, then each language in <c>data/languages.yml</c> order.</summary>
    public IReadOnlyList<Language> All { get; }

    public UiText English => words[Language.EnglishCode];

    /// <summary>Every translated page, in file order.</summary>
    public IReadOnlyList<ContentPage> Pages { get; }

    /// <summary>Each language's strings file, relative to the content folder, for the content check.</summary>
    public IReadOnlyDictionary<string, string> StringsFiles { get; }

    public Language? Find(string? code) => code is not null && words.TryGetValue(code, out var w) ? w.Language : null;

    /// <summary>The layout's words in <paramref name="code"/>; English for an unknown code.</summary>
    public UiText Words(string? code) => code is not null && words.TryGetValue(code, out var w) ? w : English;

    public ContentPage? FindPage(string path) => byUrl.GetValueOrDefault(path);

    /// <summary>The contacts, with cards and hours written in <paramref name="code"/>'s words.</summary>
    public ContactDirectory Contacts(string code) => contacts.GetValueOrDefault(code) ?? contacts[Language.EnglishCode];

    /// <summary>What a reader of <paramref name="language"/> is linked to for an English page: its translation, else the page itself.</summary>
    public ContentPage In(ContentPage english, Language language) => TranslationOf(english, language) ?? english;

    /// <summary>The <c>lang</c> to put on a link to <paramref name="page"/> from a page in <paramref name="current"/>: null when they are the same.</summary>
    public string? LangOf(ContentPage page, Language current) => page.Language == current.Code ? null : Find(page.Language)?.HtmlLang;

    /// <summary>The translation of an English page into <paramref name="language"/>, if there is one.</summary>
    public ContentPage? TranslationOf(ContentPage english, Language language) =>
        bySource.TryGetValue(english.Url, out var pages) ? pages.FirstOrDefault(p => p.Translation!.Language == language) : null;

    /// <summary>A section as a reader of <paramref name="code"/> sees it; the English section when nothing in it is translated.</summary>
    public Section? SectionIn(Section? english, string code) =>
        english is null ? null : sections.GetValueOrDefault(code + "/" + english.Key) ?? english;

    /// <summary>
    /// A page in every language it exists in, English first, for the language link, <c>hreflang</c> and the
    /// sitemap; empty when the page has no translation.
    /// </summary>
    public IReadOnlyList<ContentPage> VersionsOf(ContentPage page)
    {
        var english = page.Translation is { } t ? englishByUrl[t.SourceUrl] : page;
        return bySource.TryGetValue(english.Url, out var translations) ? [english, .. translations] : [];
    }

    /// <summary>The translated pages in one language, for its search index.</summary>
    public IEnumerable<ContentPage> PagesIn(Language language) => Pages.Where(p => p.Translation!.Language == language);
}
