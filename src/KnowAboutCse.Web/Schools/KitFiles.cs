using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Markdown;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// Loads and checks <c>content/kit/</c>. Every problem names the file and line, and stops start-up
/// like any other content problem. The folder is not a section: its Markdown is never a page.
/// Translations of the letter and posters (<c>content/CODE/kit/</c>) are checked like translated pages.
/// </summary>
internal static class KitFiles
{
    public const string Folder = "kit";
    public const string LetterFile = "kit/parent-letter.md";
    public const string NewsletterFile = "kit/newsletter.yml";
    public const string PostersFile = "kit/posters.yml";
    private const string MissingFile = "This schools kit file is missing.";

    /// <summary>The kit files a language may translate so far.</summary>
    private static readonly string[] Translatable = [LetterFile, PostersFile];

    public static SchoolsKit? Load(string contentRoot, ContactDirectory contacts, IReadOnlyList<UiText> words, ISet<string> addresses, List<ContentProblem> problems)
    {
        if (!Directory.Exists(Path.Combine(contentRoot, Folder)))
        {
            return SchoolsKit.None;
        }

        var before = problems.Count;
        var known = (IReadOnlySet<string>)addresses;
        var letter = LoadLetter(contentRoot, LetterFile, contacts, known, null, problems);
        var blurbs = LoadBlurbs(contentRoot, contacts, known, problems);
        var posters = LoadPosters(contentRoot, PostersFile, contacts, null, problems);
        var translations = LoadTranslations(contentRoot, contacts, words, posters, addresses, problems);
        return problems.Count > before || letter is null ? null : new SchoolsKit(letter, blurbs, posters, translations);
    }

    /// <summary>
    /// The translated letter and posters under each language's <c>kit/</c>. Their addresses join <paramref name="addresses"/>
    /// first, even when the file is broken, so a link to one is not reported as broken as well.
    /// </summary>
    private static List<KitTranslation> LoadTranslations(string contentRoot, ContactDirectory contacts, IReadOnlyList<UiText> words,
        List<Poster> englishPosters, ISet<string> addresses, List<ContentProblem> problems)
    {
        var translations = new List<KitTranslation>();
        foreach (var language in words.Select(w => w.Language).Where(l => !l.IsEnglish))
        {
            var folder = Path.Combine(contentRoot, language.Code, Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(contentRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            foreach (var relative in files.Where(f => !Translatable.Contains(f[(language.Code.Length + 1)..])))
            {
                problems.Add(new ContentProblem(relative, 1,
                    $"Only {string.Join(" and ", Translatable)} can be translated so far: put the translation at {language.Code}/{LetterFile} or {language.Code}/{PostersFile}."));
            }

            var localContacts = contacts.In(words.First(w => w.Language == language));
            if (files.Contains($"{language.Code}/{LetterFile}"))
            {
                addresses.Add(language.PathOf(SchoolsKitPaths.Letter));
                if (LoadLetter(contentRoot, $"{language.Code}/{LetterFile}", localContacts, (IReadOnlySet<string>)addresses, language, problems) is
                    { Translation: { } translation } letter)
                {
                    translations.Add(new KitTranslation(translation, letter, null));
                }
            }

            if (files.Contains($"{language.Code}/{PostersFile}"))
            {
                translations.AddRange(LoadPosters(contentRoot, $"{language.Code}/{PostersFile}", contacts, (language, englishPosters, addresses), problems)
                    .Select(p => new KitTranslation(p.Translation!, null, p)));
            }
        }

        return translations;
    }

    private static string? ReadText(string contentRoot, string file, List<ContentProblem> problems)
    {
        var path = Path.Combine(contentRoot, file);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        problems.Add(new ContentProblem(file, 1, MissingFile));
        return null;
    }

    /// <param name="translating">For a translation, its language.</param>
    private static LetterTemplate? LoadLetter(string contentRoot, string file, ContactDirectory contacts, IReadOnlySet<string> addresses,
        Language? translating, List<ContentProblem> problems)
    {
        if (ReadText(contentRoot, file, problems) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        var sitePaths = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            // Slots are plain words, so Markdown leaves them alone; each request fills them, HTML-encoded.
            lines[i] = lines[i].Replace("{{school}}", KitText.SchoolSlot, StringComparison.Ordinal)
                .Replace("{{date}}", KitText.DateSlot, StringComparison.Ordinal);
            lines[i] = KitText.SiteReference.Replace(lines[i], m =>
            {
                // A translated letter points to its language's version of a page where there is one.
                var path = m.Groups["path"].Value;
                if (translating is { } language && ContentLoader.IsAddress(addresses, language.PathOf(path)))
                {
                    path = language.PathOf(path);
                }

                sitePaths.Add(path);
                return $"[{KitText.SiteSlotPrefix}{sitePaths.Count - 1}x]({path})";
            });
        }

        var rendered = MarkdownRenderer.Render(string.Join('\n', lines), contacts);
        var before = problems.Count;
        foreach (var (line, message) in rendered.Problems)
        {
            problems.Add(new ContentProblem(file, line,
                message.StartsWith("Unrecognised '{{'", StringComparison.Ordinal)
                    ? message + " The letter may also use {{school}}, {{date}} and {{site /path}}."
                    : message));
        }

        problems.AddRange(rendered.SiteLinks.Where(l => !ContentLoader.IsAddress(addresses, l.Path)).Select(l => ContentLoader.BrokenLink(file, l)));

        var slots = KitText.AnySlot.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Translation? translation = null;
        if (translating is not { } lang)
        {
            if (rendered.FrontMatter is not null)
            {
                problems.Add(new ContentProblem(file, 1, "The letter has no front matter: start with its first line."));
            }
        }
        else if (rendered.FrontMatter is null)
        {
            problems.Add(new ContentProblem(file, 1, "A translation starts with front matter between '---' lines (translation_of, source_hash, translator, translated_on)."));
        }
        else
        {
            var offset = rendered.FrontMatterFirstLine - 1;
            var fm = YamlText.Read<TranslationProvenance>(rendered.FrontMatter, out var error);
            if (error is { } e)
            {
                problems.Add(new ContentProblem(file, offset + e.Line, e.Message));
            }
            else
            {
                fm ??= new TranslationProvenance();
                translation = TranslationFiles.Provenance(contentRoot, file, LetterFile, SchoolsKitPaths.Letter, lang, fm, key => offset + fm.LineFor(key), problems);
            }
        }

        var contactIds = KitText.ContactReference.Matches(text).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToList();
        return problems.Count > before
            ? null
            : new LetterTemplate(rendered.Html, sitePaths, contactIds, slots, translation);
    }

    private static List<Blurb> LoadBlurbs(string contentRoot, ContactDirectory contacts, IReadOnlySet<string> addresses, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var file = Read<NewsletterYaml>(contentRoot, NewsletterFile, problems);
        var blurbs = new List<Blurb>();
        foreach (var b in file?.Blurbs ?? [])
        {
            var line = b.Line;
            void Fail(string message) => problems.Add(new ContentProblem(NewsletterFile, line, message));
            if (b.Id is null || !Slug.IsValid(b.Id) || blurbs.Any(x => x.Id == b.Id) || string.IsNullOrWhiteSpace(b.Title) || string.IsNullOrWhiteSpace(b.Text))
            {
                Fail($"Blurb '{b.Id}' needs a unique lower-case 'id', a 'title' and 'text'.");
                continue;
            }

            var ok = true;
            foreach (var (kind, arg) in KitText.PlaceholdersIn(b.Text))
            {
                var problem = kind switch
                {
                    "phone" when !contacts.TryGet(arg, out var c) || c.Phone is null => $"Blurb '{b.Id}': no contact '{arg}' with a phone number.",
                    "site" when !ContentLoader.IsAddress(addresses, arg) => $"Blurb '{b.Id}': {arg} is not a page on this site.",
                    "" => $"Blurb '{b.Id}': unrecognised '{arg}'; use {{{{phone ID}}}} or {{{{site /path}}}}.",
                    _ => null,
                };
                if (problem is not null)
                {
                    Fail(problem);
                    ok = false;
                }
            }

            if (ok)
            {
                blurbs.Add(new Blurb(b.Id, b.Title.Trim(), b.Text.Trim(), line));
            }
        }

        if (file is not null && blurbs.Count == 0 && problems.Count == before)
        {
            problems.Add(new ContentProblem(NewsletterFile, 1, "The newsletter file needs 'blurbs'."));
        }

        return blurbs;
    }

    /// <param name="translating">
    /// For a translation: its language, the English posters (it may translate some of them, with the same <c>qr</c> and
    /// <c>contacts</c>) and the site's addresses, which each translated poster's joins.
    /// </param>
    private static List<Poster> LoadPosters(string contentRoot, string fileName, ContactDirectory contacts,
        (Language Language, List<Poster> English, ISet<string> Addresses)? translating, List<ContentProblem> problems)
    {
        var file = Read<PostersYaml>(contentRoot, fileName, problems);
        Translation? translation = null;
        if (file is not null && translating is { Language: var language })
        {
            translation = TranslationFiles.Provenance(contentRoot, fileName, PostersFile, string.Empty, language, file, file.LineFor, problems);
        }
        else if (file is not null && file.TranslationOf is not null)
        {
            problems.Add(new ContentProblem(fileName, file.LineFor("translation_of"), "Only a translation under a language's folder has 'translation_of'."));
        }

        var posters = new List<Poster>();
        foreach (var p in file?.Posters ?? [])
        {
            var line = p.Line;
            void Fail(string message) => problems.Add(new ContentProblem(fileName, line, message));
            var english = translating?.English.FirstOrDefault(e => e.Id == p.Id);
            if (english is not null)
            {
                translating!.Value.Addresses.Add(translating.Value.Language.PathOf(SchoolsKitPaths.Poster(english.Id)));
            }

            if (p.Id is null || !SchoolsKitPaths.PosterIds.Contains(p.Id) || posters.Any(x => x.Id == p.Id) || (translating is not null && english is null))
            {
                Fail($"Poster id '{p.Id}' must be one of {string.Join(", ", translating?.English.Select(e => e.Id) ?? SchoolsKitPaths.PosterIds)}, once each.");
            }
            else if (string.IsNullOrWhiteSpace(p.Title) || string.IsNullOrWhiteSpace(p.Headline) || string.IsNullOrWhiteSpace(p.Lead) ||
                     string.IsNullOrWhiteSpace(p.Closing))
            {
                Fail($"Poster '{p.Id}' needs 'title', 'headline', 'lead' and 'closing'.");
            }
            else if (p.Signs is not { Count: 3 } signs || signs.Any(string.IsNullOrWhiteSpace))
            {
                Fail($"Poster '{p.Id}' needs exactly three 'signs' (a poster is read in passing).");
            }
            else if (p.Qr is null || !QrCodes.Targets.ContainsKey(p.Qr))
            {
                Fail($"Poster '{p.Id}': 'qr' must be one of {string.Join(", ", QrCodes.Targets.Keys)}.");
            }
            else if (p.Contacts is not { Count: > 0 } ids || ids.FirstOrDefault(id => !contacts.TryGet(id, out var c) || c.Phone is null) is { } bad)
            {
                Fail($"Poster '{p.Id}': 'contacts' must list contact ids with phone numbers{(p.Contacts is { Count: > 0 } ? "; check them" : string.Empty)}.");
            }
            else if (english is not null && (english.QrTarget != p.Qr || !english.ContactIds.SequenceEqual(ids, StringComparer.Ordinal)))
            {
                Fail($"Poster '{p.Id}': a translation keeps the English poster's 'qr' ({english.QrTarget}) and 'contacts' ({string.Join(", ", english.ContactIds)}).");
            }
            else
            {
                posters.Add(new Poster(p.Id, p.Title.Trim(), p.Headline.Trim(), p.Lead.Trim(), [.. signs.Select(s => s.Trim())], p.Qr, ids, p.Closing.Trim(), line,
                    translation is null ? null : translation with { SourceUrl = SchoolsKitPaths.Poster(p.Id) }));
            }
        }

        foreach (var missing in SchoolsKitPaths.PosterIds.Where(id => translating is null && file is not null && posters.All(p => p.Id != id) && (file.Posters ?? []).All(p => p.Id != id)))
        {
            problems.Add(new ContentProblem(fileName, 1, $"The poster '{missing}' is missing."));
        }

        if (translating is not null && file is not null && file.Posters is not { Count: > 0 })
        {
            problems.Add(new ContentProblem(fileName, 1, "A translation of the posters needs 'posters', with at least one of them."));
        }

        return translation is null && translating is not null ? [] : posters;
    }

    private static T? Read<T>(string contentRoot, string file, List<ContentProblem> problems)
        where T : class => YamlText.ReadFile<T>(contentRoot, file, MissingFile, problems);

    private sealed class NewsletterYaml
    {
        public List<BlurbYaml>? Blurbs { get; set; }
    }

    private sealed class BlurbYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Text { get; set; }
    }

    /// <summary>The English posters, or a translation of some of them with its provenance at the top.</summary>
    private sealed class PostersYaml : TranslationProvenance
    {
        public List<PosterYaml>? Posters { get; set; }
    }

    private sealed class PosterYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Headline { get; set; }
        public string? Lead { get; set; }
        public List<string>? Signs { get; set; }
        public string? Qr { get; set; }
        public List<string>? Contacts { get; set; }
        public string? Closing { get; set; }
    }
}
