using System.Globalization;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Markdown;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// Loads <c>data/languages.yml</c>, the strings files and every translated page (<c>content/CODE/…</c>, the
/// same path as the English file it translates), checked like the English pages: a broken file, an
/// unknown source, a missing or ill-formed <c>source_hash</c>, a broken link or an unknown contact is a
/// problem naming the file and line. The English text having changed is not: the content check warns.
/// </summary>
internal static class TranslationFiles
{
    /// <summary>The languages and their words; null (with problems) when English's cannot be read, as nothing can be shown without them.</summary>
    public static (IReadOnlyList<UiText> Words, Dictionary<string, string> Files)? LoadLanguages(string contentRoot, List<ContentProblem> problems)
    {
        if (LanguagesFile.Load(contentRoot, problems) is not { } languages)
        {
            return null;
        }

        var words = new List<UiText>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        UiText? english = null;
        foreach (var (language, file) in languages)
        {
            var before = problems.Count;
            if (StringsFile.Load(contentRoot, file, language, english, problems) is not { } strings || (english is null && problems.Count > before))
            {
                if (english is null)
                {
                    return null;
                }

                continue;
            }

            var text = new UiText(language, strings.Texts, english);
            english ??= text;
            words.Add(text);
            files[language.Code] = file;
        }

        return (words, files);
    }

    /// <summary>The folders of translations at the top of the content folder, which are not sections.</summary>
    public static IEnumerable<string> Folders(IReadOnlyList<UiText> words) => words.Where(w => !w.Language.IsEnglish).Select(w => w.Language.Code);

    /// <summary>Every translated page, in file order, its contact cards in its language. Problems are added; broken files are left out.</summary>
    public static List<ContentPage> Load(string contentRoot, IReadOnlyList<UiText> words, IReadOnlyList<ContentPage> englishPages,
        ContactDirectory contacts, SiteInfo? site, ISet<string> addresses, List<ContentProblem> problems)
    {
        var english = englishPages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var files = new List<(string Relative, string EnglishRelative, UiText Words)>();
        foreach (var language in words.Where(w => !w.Language.IsEnglish))
        {
            var folder = Path.Combine(contentRoot, language.Language.Code);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // The kit's translations (the letter, the posters) are not pages: KitFiles loads them.
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Where(f => !IsKit(contentRoot, f)))
            {
                var relative = Path.GetRelativePath(contentRoot, file).Replace('\\', '/');
                files.Add((relative, relative[(language.Language.Code.Length + 1)..], language));
            }
        }

        // Every translation's address first, so translations can link to each other.
        foreach (var (_, englishRelative, language) in files)
        {
            if (english.TryGetValue(englishRelative, out var source))
            {
                addresses.Add(language.Language.PathOf(source.Url));
            }
        }

        var pages = new List<ContentPage>();
        var contactsIn = words.ToDictionary(w => w.Language.Code, contacts.In, StringComparer.Ordinal);
        foreach (var (relative, englishRelative, language) in files)
        {
            if (Load(contentRoot, relative, englishRelative, language, english, contactsIn[language.Language.Code], site, addresses, problems) is { } page)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private static ContentPage? Load(string contentRoot, string relative, string englishRelative, UiText words,
        Dictionary<string, ContentPage> english, ContactDirectory contacts, SiteInfo? site, ISet<string> addresses, List<ContentProblem> problems)
    {
        var before = problems.Count;
        void Problem(int line, string message) => problems.Add(new ContentProblem(relative, line, message));
        var language = words.Language;
        var rendered = MarkdownRenderer.Render(File.ReadAllText(Path.Combine(contentRoot, relative)), contacts, site);
        foreach (var (line, message) in rendered.Problems)
        {
            Problem(line, message);
        }

        foreach (var link in rendered.SiteLinks.Where(l => !ContentLoader.IsAddress((IReadOnlySet<string>)addresses, l.Path)))
        {
            problems.Add(ContentLoader.BrokenLink(relative, link));
        }

        if (rendered.FrontMatter is null)
        {
            Problem(1, "A translation starts with front matter between '---' lines (title, description, translation_of, source_hash, translator, translated_on).");
            return null;
        }

        var offset = rendered.FrontMatterFirstLine - 1;
        var fm = YamlText.Read<TranslationFrontMatter>(rendered.FrontMatter, out var error);
        if (error is { } e)
        {
            Problem(offset + e.Line, e.Message);
            return null;
        }

        fm ??= new TranslationFrontMatter();
        int LineOf(string key) => offset + fm.LineFor(key);
        if (string.IsNullOrWhiteSpace(fm.Title))
        {
            Problem(LineOf("title"), "A translation needs a 'title' in its language.");
        }

        if (string.IsNullOrWhiteSpace(fm.Description))
        {
            Problem(LineOf("description"), "A translation needs a 'description' (one or two sentences) in its language.");
        }
        else if (fm.Description.Length > 200)
        {
            Problem(LineOf("description"), $"The description is {fm.Description.Length} characters; keep it to 200.");
        }

        english.TryGetValue(englishRelative, out var source);
        var translation = Provenance(contentRoot, relative, englishRelative, source?.Url ?? string.Empty, language, fm, LineOf, problems);

        // The English page itself may be broken (already reported): nothing more to say about its translation.
        if (problems.Count > before || source is null || translation is null)
        {
            return null;
        }

        return source with
        {
            SourcePath = relative,
            Url = language.PathOf(source.Url),
            Title = fm.Title!.Trim(),
            NavTitle = (fm.NavTitle ?? fm.Title!).Trim(),
            Description = fm.Description!.Trim(),
            Html = rendered.Html,
            PlainText = rendered.PlainText,
            Translation = translation,
        };
    }

    /// <summary>
    /// A translation's provenance (<c>translation_of</c>, <c>source_hash</c>, <c>translator</c>, <c>translated_on</c>, and
    /// <c>reviewed_by</c> + <c>reviewed_on</c>), checked the same way for pages and the schools kit's files; null with
    /// problems added when any is missing or ill-formed.
    /// </summary>
    internal static Translation? Provenance(string contentRoot, string relative, string englishRelative, string englishUrl, Language language,
        TranslationProvenance fm, Func<string, int> lineOf, List<ContentProblem> problems)
    {
        var before = problems.Count;
        void Problem(int line, string message) => problems.Add(new ContentProblem(relative, line, message));
        var sourceFile = Path.Combine(contentRoot, englishRelative);
        var currentHash = File.Exists(sourceFile) ? SourceHash.OfFile(sourceFile) : null;

        if (currentHash is null)
        {
            Problem(lineOf("translation_of"), $"There is no English page {englishRelative}: a translation has the same path under {language.Code}/ as the English file it translates.");
        }
        else if (fm.TranslationOf != englishRelative)
        {
            Problem(lineOf("translation_of"), $"'translation_of' must name the English file this translates, {englishRelative} (the same path without {language.Code}/).");
        }

        if (!SourceHash.IsWellFormed(fm.SourceHash))
        {
            Problem(lineOf("source_hash"), $"'source_hash' must be the first {SourceHash.Length} lower-case hex characters of the English text's SHA-256" +
                (currentHash is null ? "." : $"; the English file's is now {currentHash} (copy it only once the translation matches that text)."));
        }

        if (string.IsNullOrWhiteSpace(fm.Translator))
        {
            Problem(lineOf("translator"), "A translation needs 'translator': who translated it.");
        }

        var translatedOn = Date(fm.TranslatedOn);
        if (translatedOn is null)
        {
            Problem(lineOf("translated_on"), "A translation needs 'translated_on', the date it was translated, like 2026-12-02.");
        }

        var reviewedOn = Date(fm.ReviewedOn);
        if (fm.ReviewedOn is not null && reviewedOn is null)
        {
            Problem(lineOf("reviewed_on"), "'reviewed_on' is a date, like 2026-12-02.");
        }

        if (string.IsNullOrWhiteSpace(fm.ReviewedBy) != (fm.ReviewedOn is null))
        {
            Problem(lineOf(fm.ReviewedOn is null ? "reviewed_by" : "reviewed_on"),
                "A reviewer's sign-off needs both 'reviewed_by' (who checked it) and 'reviewed_on' (when).");
        }

        return problems.Count > before
            ? null
            : new Translation(language, relative, englishRelative, englishUrl, fm.Translator!.Trim(), translatedOn!.Value, fm.ReviewedBy?.Trim(), reviewedOn,
                fm.SourceHash!, lineOf("source_hash"), currentHash!);
    }

    /// <summary>Whether a file is in a language's <c>kit/</c> folder.</summary>
    private static bool IsKit(string contentRoot, string file) =>
        Path.GetRelativePath(contentRoot, file).Replace('\\', '/').Split('/') is [_, var folder, ..] && folder == Schools.KitFiles.Folder;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A translated page's front matter: its own words and who made and checked them; everything else comes from the English page.</summary>
    private sealed class TranslationFrontMatter : TranslationProvenance
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public string? NavTitle { get; set; }
    }
}

/// <summary>Who made a translation from which English text, and who checked it: the keys every translated file has.</summary>
internal class TranslationProvenance : YamlMapping
{
    public string? TranslationOf { get; set; }

    public string? SourceHash { get; set; }

    public string? Translator { get; set; }

    public string? TranslatedOn { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewedOn { get; set; }
}
