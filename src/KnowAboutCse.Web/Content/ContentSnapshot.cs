using System.Collections.Frozen;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Search;
using KnowAboutCse.Web.Tools;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Content;

/// <summary>Everything loaded from the content folder at one moment. Immutable: a reload builds a new one.</summary>
public sealed class ContentSnapshot
{
    private readonly FrozenDictionary<string, ContentPage> pagesByUrl;
    private readonly FrozenDictionary<string, Section> sectionsByKey;

    public ContentSnapshot(IReadOnlyList<Section> sections, IReadOnlyList<ContentPage> sitePages, ContactDirectory contacts, ToolData tools, SiteInfo site, SearchSynonyms synonyms, SchoolsKit? kit, SiteLanguages languages)
    {
        Languages = languages;
        Synonyms = synonyms;
        Site = site;
        Tools = tools;
        Kit = kit;
        Sections = sections;
        SitePages = sitePages;
        Contacts = contacts;
        FooterPages = [.. sections.Where(s => !s.InMainMenu).Select(s => s.Index), .. sitePages];
        AllPages = [.. sections.SelectMany(s => s.Pages.Prepend(s.Index)), .. sitePages];
        pagesByUrl = AllPages.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        sectionsByKey = sections.ToFrozenDictionary(s => s.Key, StringComparer.Ordinal);
    }

    /// <summary>The sections (parents, young people, schools) in menu order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Site-wide pages such as <c>/get-help</c> and <c>/privacy</c>, in order.</summary>
    public IReadOnlyList<ContentPage> SitePages { get; }

    /// <summary>The footer's links: the front pages of sections kept out of the top bar, then the site pages.</summary>
    public IReadOnlyList<ContentPage> FooterPages { get; }

    public IReadOnlyList<ContentPage> AllPages { get; }

    public ContactDirectory Contacts { get; }

    /// <summary>Who runs the site and how to reach them (<c>data/site.yml</c>).</summary>
    public SiteInfo Site { get; }

    /// <summary>The tools' questions, rules and words, and the council areas.</summary>
    public ToolData Tools { get; }

    /// <summary>The words search treats as meaning the same (<c>data/search.yml</c>).</summary>
    public SearchSynonyms Synonyms { get; }

    /// <summary>The schools kit (letter template, newsletter blurbs, posters), or null when the content has no <c>kit/</c> folder.</summary>
    public SchoolsKit? Kit { get; }

    /// <summary>The languages, their layout words and the translated pages (<c>/pl/…</c>, <c>/ur/…</c>).</summary>
    public SiteLanguages Languages { get; }

    /// <summary>An English or translated page by its address.</summary>
    public ContentPage? FindPage(string path) => pagesByUrl.GetValueOrDefault(path) ?? Languages.FindPage(path);

    public Section? FindSection(string? key) => key is null ? null : sectionsByKey.GetValueOrDefault(key);

    /// <summary>A page's section as its reader sees it: for a translation, with the pages of its language where they exist.</summary>
    public Section? SectionOf(ContentPage page) => Languages.SectionIn(FindSection(page.SectionKey), page.Language);

    /// <summary>
    /// A page or kit page (letter, poster) in every language it exists in, English first and then in <c>data/languages.yml</c>
    /// order, as (language code, address), for the language link, <c>hreflang</c> and the sitemap; empty when it has no translation.
    /// </summary>
    public IReadOnlyList<(string Language, string Url)> VersionsOf(string path)
    {
        if (FindPage(path) is { } page)
        {
            return [.. Languages.VersionsOf(page).Select(p => (p.Language, p.Url))];
        }

        var english = Kit?.FindTranslation(path)?.Translation.SourceUrl ?? path;
        var translations = Kit?.TranslationsOf(english).Select(t => t.Translation).OrderBy(t => Languages.All.IndexOf(t.Language)).ToList() ?? [];
        return translations.Count == 0 ? [] : [(Language.EnglishCode, english), .. translations.Select(t => (t.Language.Code, t.Url))];
    }

    /// <summary>True for every path the content serves, and the home page.</summary>
    public bool HasPath(string path) => path == "/" || FindPage(path) is not null;
}
