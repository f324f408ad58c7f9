using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Markdown;

namespace KnowAboutCse.Web.Schools;

/// <summary>
/// Loads and checks <c>content/kit/</c>. Every problem names the file and line, and stops start-up
/// like any other content problem. The folder is not a section: its Markdown is never a page.
/// </summary>
internal static class KitFiles
{
    public const string Folder = "kit";
    public const string LetterFile = "kit/parent-letter.md";
    public const string NewsletterFile = "kit/newsletter.yml";
    public const string PostersFile = "kit/posters.yml";
    private const string MissingFile = "This schools kit file is missing.";

    public static SchoolsKit? Load(string contentRoot, ContactDirectory contacts, IReadOnlySet<string> addresses, List<ContentProblem> problems)
    {
        if (!Directory.Exists(Path.Combine(contentRoot, Folder)))
        {
            return SchoolsKit.None;
        }

        var before = problems.Count;
        var letter = LoadLetter(contentRoot, contacts, addresses, problems);
        var blurbs = LoadBlurbs(contentRoot, contacts, addresses, problems);
        var posters = LoadPosters(contentRoot, contacts, problems);
        return problems.Count > before || letter is null ? null : new SchoolsKit(letter, blurbs, posters);
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

    private static LetterTemplate? LoadLetter(string contentRoot, ContactDirectory contacts, IReadOnlySet<string> addresses, List<ContentProblem> problems)
    {
        if (ReadText(contentRoot, LetterFile, problems) is not { } text)
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
                sitePaths.Add(m.Groups["path"].Value);
                return $"[{KitText.SiteSlotPrefix}{sitePaths.Count - 1}x]({m.Groups["path"].Value})";
            });
        }

        var rendered = MarkdownRenderer.Render(string.Join('\n', lines), contacts);
        var before = problems.Count;
        foreach (var (line, message) in rendered.Problems)
        {
            problems.Add(new ContentProblem(LetterFile, line,
                message.StartsWith("Unrecognised '{{'", StringComparison.Ordinal)
                    ? message + " The letter may also use {{school}}, {{date}} and {{site /path}}."
                    : message));
        }

        problems.AddRange(rendered.SiteLinks.Where(l => !ContentLoader.IsAddress(addresses, l.Path)).Select(l => ContentLoader.BrokenLink(LetterFile, l)));

        if (rendered.FrontMatter is not null)
        {
            problems.Add(new ContentProblem(LetterFile, 1, "The letter has no front matter: start with its first line."));
        }

        var contactIds = KitText.ContactReference.Matches(text).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal).ToList();
        return problems.Count > before
            ? null
            : new LetterTemplate("A letter to parents and carers", rendered.Html, sitePaths, contactIds);
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

    private static List<Poster> LoadPosters(string contentRoot, ContactDirectory contacts, List<ContentProblem> problems)
    {
        var file = Read<PostersYaml>(contentRoot, PostersFile, problems);
        var posters = new List<Poster>();
        foreach (var p in file?.Posters ?? [])
        {
            var line = p.Line;
            void Fail(string message) => problems.Add(new ContentProblem(PostersFile, line, message));
            if (p.Id is null || !SchoolsKitPaths.PosterIds.Contains(p.Id) || posters.Any(x => x.Id == p.Id))
            {
                Fail($"Poster id '{p.Id}' must be one of {string.Join(", ", SchoolsKitPaths.PosterIds)}, once each.");
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
            else
            {
                posters.Add(new Poster(p.Id, p.Title.Trim(), p.Headline.Trim(), p.Lead.Trim(), [.. signs.Select(s => s.Trim())], p.Qr, ids, p.Closing.Trim(), line));
            }
        }

        foreach (var missing in SchoolsKitPaths.PosterIds.Where(id => file is not null && posters.All(p => p.Id != id) && (file.Posters ?? []).All(p => p.Id != id)))
        {
            problems.Add(new ContentProblem(PostersFile, 1, $"The poster '{missing}' is missing."));
        }

        return posters;
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

    private sealed class PostersYaml
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
