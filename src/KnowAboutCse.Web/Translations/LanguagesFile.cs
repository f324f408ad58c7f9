using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// Reads <c>content/data/languages.yml</c>: English first, then each language the site has
/// translations in, with its strings file. Problems name the file and line.
/// </summary>
internal static class LanguagesFile
{
    public const string RelativePath = "data/languages.yml";

    /// <summary>The languages, each with its strings file; null when the file is unusable.</summary>
    public static IReadOnlyList<(Language Language, string StringsFile)>? Load(string contentRoot, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var data = YamlText.ReadFile<LanguagesYaml>(contentRoot, RelativePath, "The languages file is missing: it lists English and each language the site is translated into.", problems);
        if (data is null || problems.Count > before)
        {
            return null;
        }

        var languages = new List<(Language, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in data.Languages ?? [])
        {
            void Problem(string key, string message) => problems.Add(new ContentProblem(RelativePath, entry.LineFor(key), message));
            var ok = true;
            if (entry.Code is not { } code || !Slug.IsValid(code) || code.Contains('-', StringComparison.Ordinal) || !seen.Add(code))
            {
                Problem("code", $"Each language needs a unique 'code' of lower-case letters (pl, ur), not '{entry.Code}'.");
                ok = false;
            }
            else if (languages.Count == 0 && code != Language.EnglishCode)
            {
                Problem("code", $"The first language is the site's own: code '{Language.EnglishCode}'.");
                ok = false;
            }

            foreach (var (key, value) in new[] { ("name", entry.Name), ("english_name", entry.EnglishName), ("strings", entry.Strings) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    Problem(key, $"Each language needs '{key}'.");
                    ok = false;
                }
            }

            if (entry.Dir is not ("ltr" or "rtl"))
            {
                Problem("dir", "Each language needs 'dir': ltr (left to right) or rtl (right to left, as Urdu).");
                ok = false;
            }

            if (entry.Clock is not (12 or 24))
            {
                Problem("clock", "Each language needs 'clock': 12 (8am, 5:30pm) or 24 (8:00, 17:30).");
                ok = false;
            }

            if (ok)
            {
                var language = new Language(entry.Code!, entry.Name!.Trim(), entry.EnglishName!.Trim(), (entry.Hreflang ?? entry.Code!).Trim(), entry.Dir == "rtl", entry.Clock == 24);
                languages.Add((language, entry.Strings!.Trim()));
            }
        }

        if (problems.Count == before && languages.Count == 0)
        {
            problems.Add(new ContentProblem(RelativePath, 1, $"List at least English ('code: {Language.EnglishCode}') under 'languages'."));
        }

        return problems.Count > before ? null : languages;
    }

    private sealed class LanguagesYaml
    {
        public List<LanguageYaml>? Languages { get; set; }
    }

    private sealed class LanguageYaml : YamlMapping
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? EnglishName { get; set; }

        public string? Hreflang { get; set; }

        public string? Dir { get; set; }

        public int? Clock { get; set; }

        public string? Strings { get; set; }
    }
}
