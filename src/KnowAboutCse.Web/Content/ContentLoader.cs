using System.Globalization;
using System.Net;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content.Markdown;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Search;
using KnowAboutCse.Web.Tools;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Reads the whole content folder, renders it and checks it. Either every file is
/// good and a snapshot comes back, or a <see cref="ContentLoadException"/> lists
/// every problem with its file and line.
/// </summary>
public static class ContentLoader
{
    /// <summary>The folder whose pages are served at the site's top level (<c>/get-help</c>).</summary>
    public const string SitePagesFolder = "pages";

    private const string IndexFile = "_index.md";

    /// <summary>The front matter <c>menu</c> of a section kept out of the top bar.</summary>
    private const string FooterMenu = "footer";

    /// <summary>Sections appear in menus in this order; any other section folder follows alphabetically.</summary>
    private static readonly string[] SectionOrder = ["parents", "youngpeople", "schools", "get-help"];

    /// <summary>Top-level paths the app itself serves, which a page must not take.</summary>
    private static readonly string[] ReservedSlugs = ["error", "css", "js", "data", "search", "icons", "images"];

    public static ContentSnapshot Load(string contentRoot)
    {
        if (!Directory.Exists(contentRoot))
        {
            throw new ContentLoadException([new ContentProblem(contentRoot, 1, "The content folder does not exist.")]);
        }

        var problems = new List<ContentProblem>();

        // The layout's words come first: contact cards are written in them as pages render.
        if (TranslationFiles.LoadLanguages(contentRoot, problems) is not { } languages)
        {
            throw new ContentLoadException(problems);
        }

        var contacts = ContactsFile.Load(contentRoot, problems).In(languages.Words[0]);
        var site = SiteInfo.Load(contentRoot, problems);
        foreach (var id in KeyContacts.All.Where(id => !contacts.TryGet(id, out _) && !contacts.BrokenIds.Contains(id)))
        {
            problems.Add(new ContentProblem(ContactsFile.RelativePath, 1,
                $"Contact '{id}' is missing: the site's layout shows it on every page (KeyContacts in the code names it). Put it back, or change KeyContacts."));
        }

        var pages = new List<ContentPage>();
        var links = new List<(string File, SiteLink Link)>();
        var files = Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(contentRoot, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith(KitFiles.Folder + "/", StringComparison.Ordinal)) // templates, not pages
            .Where(file => !TranslationFiles.Folders(languages.Words).Any(code => file.StartsWith(code + "/", StringComparison.Ordinal))) // loaded below
            .Order(StringComparer.Ordinal)
            .ToList();

        // Every file's address, even a broken file's, so one bad page does not make links to it look broken too.
        var addresses = files.Select(AddressOf).Where(a => a is not null).Select(a => a!.Value.Url).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(Path.Combine(contentRoot, KitFiles.Folder)))
        {
            addresses.UnionWith(SchoolsKitPaths.All); // pages may link to the letter, posters and QR codes
        }

        // Files are read and rendered in parallel (each with its own problem list), then taken in order.
        // Parallel.For rather than PLINQ: the same speed, without loading PLINQ's assembly for it.
        var results = new (string relative, (ContentPage Page, IReadOnlyList<SiteLink> Links)? Loaded, List<ContentProblem> fileProblems)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var fileProblems = new List<ContentProblem>();
            results[i] = (files[i], LoadPage(files[i], File.ReadAllText(Path.Combine(contentRoot, files[i])), contacts, site, languages.Words[0], fileProblems), fileProblems);
        });

        var pagesByUrl = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var (relative, loaded, fileProblems) in results)
        {
            problems.AddRange(fileProblems);
            if (loaded is not { } page)
            {
                continue;
            }

            if (!pagesByUrl.TryAdd(page.Page.Url, page.Page))
            {
                problems.Add(new ContentProblem(relative, 1, $"The address {page.Page.Url} is already used by {pagesByUrl[page.Page.Url].SourcePath}."));
                continue;
            }

            pages.Add(page.Page);
            links.AddRange(page.Links.Select(link => (relative, link)));
        }

        problems.AddRange(CheckVersions(pagesByUrl));
        var tools = ToolDataFiles.Load(contentRoot, contacts, addresses, problems);

        var sections = BuildSections(pages, problems);
        var translations = TranslationFiles.Load(contentRoot, languages.Words, pages, contacts, site, addresses, problems);
        var kit = KitFiles.Load(contentRoot, contacts, languages.Words, addresses, problems);

        // Checked once every address is known: pages may link to translated pages and the kit's translations.
        problems.AddRange(links.Where(l => !IsAddress(addresses, l.Link.Path)).Select(l => BrokenLink(l.File, l.Link)));
        var synonyms = SearchSynonyms.Load(contentRoot, problems);
        if (problems.Count > 0)
        {
            throw new ContentLoadException(problems);
        }

        var sitePages = pages.Where(p => p.SectionKey is null).OrderBy(p => p.Order).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        return new ContentSnapshot(sections, sitePages, contacts, tools!, site!, synonyms, kit,
            new SiteLanguages(languages.Words, translations, pages, sections, contacts, languages.Files));
    }

    /// <summary>Whether a site-relative link goes somewhere: the home page or one of <paramref name="addresses"/>.</summary>
    internal static bool IsAddress(IReadOnlySet<string> addresses, string path) => path == "/" || addresses.Contains(path);

    internal static ContentProblem BrokenLink(string file, SiteLink link) =>
        new(file, link.Line, $"Link to {link.Path}, which is not a page on this site.");

    /// <summary>
    /// A page's <c>easy_read</c> must be a page that says it is an Easy Read version (has <c>standard</c>),
    /// and an Easy Read page's <c>standard</c> must be a page that names it back, so the two links always pair.
    /// </summary>
    private static IEnumerable<ContentProblem> CheckVersions(Dictionary<string, ContentPage> pagesByUrl)
    {
        foreach (var page in pagesByUrl.Values.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            switch (page.Versions)
            {
                case { EasyRead: { } easyRead } versions when pagesByUrl.GetValueOrDefault(easyRead) is not { Versions.Standard: not null }:
                    yield return new ContentProblem(page.SourcePath, versions.Line, pagesByUrl.ContainsKey(easyRead)
                        ? $"'easy_read' names {easyRead}, which is not an Easy Read page: give that page 'standard: {page.Url}'."
                        : $"'easy_read' names {easyRead}, which is not a page on this site.");
                    break;
                case { Standard: { } standard } versions when pagesByUrl.GetValueOrDefault(standard)?.Versions?.EasyRead != page.Url:
                    yield return new ContentProblem(page.SourcePath, versions.Line, pagesByUrl.ContainsKey(standard)
                        ? $"'standard' names {standard}, which does not link here: give that page 'easy_read: {page.Url}'."
                        : $"'standard' names {standard}, which is not a page on this site.");
                    break;
            }
        }
    }

    private static List<Section> BuildSections(List<ContentPage> pages, List<ContentProblem> problems)
    {
        var sections = new List<Section>();
        foreach (var group in pages.Where(p => p.SectionKey is not null).GroupBy(p => p.SectionKey!))
        {
            var index = group.FirstOrDefault(p => p.IsSectionIndex);
            if (index is null)
            {
                problems.Add(new ContentProblem($"{group.Key}/{IndexFile}", 1, $"The section '{group.Key}' needs a front page, {IndexFile}."));
                continue;
            }

            var headings = index.Groups ?? [];
            var pagesInGroups = group.Where(p => !p.IsSectionIndex).ToList();
            foreach (var page in pagesInGroups)
            {
                if (headings.Count > 0 && (page.Group is null || !headings.Contains(page.Group)))
                {
                    problems.Add(new ContentProblem(page.SourcePath, page.GroupLine,
                        $"Give the page a 'group': one of the headings in {group.Key}/{IndexFile} ({string.Join("; ", headings)})."));
                }
                else if (headings.Count == 0 && page.Group is not null)
                {
                    problems.Add(new ContentProblem(page.SourcePath, page.GroupLine,
                        $"The page has a 'group', but {group.Key}/{IndexFile} lists no 'groups': add the heading there, or remove 'group'."));
                }
            }

            var place = headings.Select((heading, i) => (heading, i)).ToDictionary(h => h.heading, h => h.i, StringComparer.Ordinal);
            var ordered = pagesInGroups
                .OrderBy(p => p.Group is null ? -1 : place.GetValueOrDefault(p.Group, headings.Count))
                .ThenBy(p => p.Order).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
            sections.Add(new Section(group.Key, index, ordered));
        }

        return sections
            .OrderBy(s => Array.IndexOf(SectionOrder, s.Key) is var i && i >= 0 ? i : SectionOrder.Length)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static (ContentPage Page, IReadOnlyList<SiteLink> Links)? LoadPage(
        string relative, string text, ContactDirectory contacts, SiteInfo? site, Translations.UiText words, List<ContentProblem> problems)
    {
        var before = problems.Count;
        void Problem(int line, string message) => problems.Add(new ContentProblem(relative, line, message));

        if (AddressOf(relative) is not { } address)
        {
            Problem(1, $"Put pages in a section folder (parents, youngpeople, schools) or in '{SitePagesFolder}', one level deep.");
            return null;
        }

        var (url, sectionKey) = address;
        var fileName = Path.GetFileName(relative);
        var slug = Path.GetFileNameWithoutExtension(fileName);
        var isIndex = fileName == IndexFile;

        if (!isIndex && !Slug.IsValid(slug))
        {
            Problem(1, "File names are lower-case words joined by hyphens, like warning-signs.md.");
        }

        if (sectionKey is not null && !Slug.IsValid(sectionKey))
        {
            Problem(1, "Folder names are lower-case words joined by hyphens.");
        }

        if (sectionKey is null && (ReservedSlugs.Contains(slug) || SectionOrder.Contains(slug)))
        {
            Problem(1, $"The address /{slug} is reserved by the site; choose another file name.");
        }

        var rendered = MarkdownRenderer.Render(text, contacts, site);
        foreach (var (line, message) in rendered.Problems)
        {
            Problem(line, message);
        }

        var frontMatter = ReadFrontMatter(rendered, isIndex, Problem);
        var versions = frontMatter is { } f && (f.EasyRead ?? f.Standard) is not null ? new PageVersions(f.EasyRead, f.Standard, f.VersionLine) : null;
        return problems.Count > before || frontMatter is null
            ? null
            : (new ContentPage(relative, url, sectionKey, isIndex, frontMatter.Title!.Trim(),
                (frontMatter.NavTitle ?? frontMatter.Title!).Trim(), frontMatter.Description!.Trim(),
                frontMatter.Order ?? 0, frontMatter.ReviewedDate, VersionLink(versions, words) + rendered.Html, rendered.PlainText,
                frontMatter.ReadingEaseException, frontMatter.Tool, frontMatter.Group?.Trim(),
                frontMatter.Groups?.Select(g => g.Trim()).ToList(),
                frontMatter.Sources?.Select(s => new PageSource(s.Title!.Trim(), s.Url, s.Unconfirmed, frontMatter.Offset + s.Line)).ToList(),
                frontMatter.GroupLine, frontMatter.ReviewedLine, versions, frontMatter.Menu == FooterMenu),
                rendered.SiteLinks);
    }

    /// <summary>The link at the top of a page to its other version, in the layout's words (<c>data/strings/en.yml</c>: Easy Read pages are English).</summary>
    private static string VersionLink(PageVersions? versions, Translations.UiText words) => versions switch
    {
        { EasyRead: { } easyRead } =>
            $"<p class=\"version-link\"><a href=\"{WebUtility.HtmlEncode(easyRead)}\">{EasyReadIcons.Html("easy-read")}{WebUtility.HtmlEncode(words["easy_read_link"])}</a></p>\n",
        { Standard: { } standard } =>
            $"<p class=\"version-link\"><a href=\"{WebUtility.HtmlEncode(standard)}\">{WebUtility.HtmlEncode(words["standard_link"])}</a></p>\n",
        _ => string.Empty,
    };

    /// <summary>The address a file is served at, and its section (null for a site page); null where a file may not live.</summary>
    private static (string Url, string? SectionKey)? AddressOf(string relative)
    {
        var parts = relative.Split('/');
        var slug = Path.GetFileNameWithoutExtension(parts[^1]);
        var isIndex = parts[^1] == IndexFile;
        return parts.Length switch
        {
            2 when parts[0] == SitePagesFolder && !isIndex => ("/" + slug, null),
            2 when parts[0] != SitePagesFolder => (isIndex ? "/" + parts[0] : $"/{parts[0]}/{slug}", parts[0]),
            _ => null,
        };
    }

    private static FrontMatter? ReadFrontMatter(RenderedMarkdown rendered, bool isIndex, Action<int, string> problem)
    {
        if (rendered.FrontMatter is null)
        {
            problem(1, "The file must start with front matter between '---' lines (title, description, order, reviewed).");
            return null;
        }

        var offset = rendered.FrontMatterFirstLine - 1;
        var fm = YamlText.Read<FrontMatter>(rendered.FrontMatter, out var error);
        if (error is { } e)
        {
            problem(offset + e.Line, e.Message);
            return null;
        }

        fm ??= new FrontMatter();
        int LineOf(string key) => offset + (fm.LineOf(key) ?? 0);
        var ok = true;
        void Fail(string key, string message)
        {
            problem(Math.Max(1, LineOf(key)), message);
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(fm.Title))
        {
            Fail("title", "Front matter needs a 'title'.");
        }

        if (string.IsNullOrWhiteSpace(fm.Description))
        {
            Fail("description", "Front matter needs a 'description' (one or two sentences).");
        }
        else if (fm.Description.Length > FrontMatter.MaxDescriptionLength)
        {
            Fail("description", $"The description is {fm.Description.Length} characters; keep it to {FrontMatter.MaxDescriptionLength}.");
        }

        if (fm.Order is null && !isIndex)
        {
            Fail("order", "Front matter needs an 'order' (1, 2, 3 …) for the page's place in its section.");
        }

        if (!DateOnly.TryParseExact(fm.Reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
        {
            Fail("reviewed", "Front matter needs 'reviewed', the date the page was last checked, like 2026-11-28.");
        }

        if (fm.Tool is not null && !ToolNames.All.Contains(fm.Tool))
        {
            Fail("tool", $"Unknown tool '{fm.Tool}': use one of {string.Join(", ", ToolNames.All)}.");
        }

        if (isIndex && fm.Group is not null)
        {
            Fail("group", "A section's front page is not listed under a heading: give it 'groups' (the headings), not 'group'.");
        }

        if (!isIndex && fm.Groups is not null)
        {
            Fail("groups", "Only a section's front page (_index.md) lists 'groups'.");
        }

        if (fm.EasyRead is not null && fm.Standard is not null)
        {
            Fail("standard", "A page is either a standard page with an 'easy_read' version, or the Easy Read version of a 'standard' page, not both.");
        }

        foreach (var (key, path) in new[] { ("easy_read", fm.EasyRead), ("standard", fm.Standard) })
        {
            if (path is not null && (LinkPolicy.Classify(path) != LinkKind.SitePath || LinkPolicy.PathOf(path) != path))
            {
                Fail(key, $"'{key}' is the address of a page on this site, like /easy-read/what-is-exploitation.");
            }
        }

        if (fm.Menu is not null && (!isIndex || fm.Menu is not (FooterMenu or "main")))
        {
            Fail("menu", $"Only a section's front page (_index.md) has a 'menu': 'main' (the top bar, the default) or '{FooterMenu}' (the footer and the home page).");
        }

        if (fm.Groups is { } groups && (groups.Any(string.IsNullOrWhiteSpace) || groups.Distinct(StringComparer.Ordinal).Count() != groups.Count))
        {
            Fail("groups", "Each heading in 'groups' must have words and appear once.");
        }

        foreach (var source in fm.Sources ?? [])
        {
            if (string.IsNullOrWhiteSpace(source.Title))
            {
                problem(offset + source.Line, "Each source needs a 'title': the name of the page or document the facts come from.");
                ok = false;
            }

            if (source.Url is { } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                problem(offset + source.Line, $"The source's 'url' must be a full web address (https://…), not '{link}'.");
                ok = false;
            }
        }

        fm.ReviewedDate = reviewed;
        fm.Offset = offset;
        fm.GroupLine = Math.Max(1, LineOf("group"));
        fm.ReviewedLine = Math.Max(1, LineOf("reviewed"));
        fm.VersionLine = Math.Max(1, LineOf(fm.EasyRead is null ? "standard" : "easy_read"));
        return ok ? fm : null;
    }

    /// <summary>The YAML at the top of a page. Unknown keys are errors (see <see cref="YamlText"/>).</summary>
    private sealed class FrontMatter : YamlMapping
    {
        public const int MaxDescriptionLength = 200;

        public string? Title { get; set; }

        public string? Description { get; set; }

        public int? Order { get; set; }

        public string? Reviewed { get; set; }

        public string? NavTitle { get; set; }

        public string? ReadingEaseException { get; set; }

        public string? Tool { get; set; }

        public string? Group { get; set; }

        public List<string>? Groups { get; set; }

        public List<SourceYaml>? Sources { get; set; }

        /// <summary>On a standard page: the address of its Easy Read version.</summary>
        public string? EasyRead { get; set; }

        /// <summary>On an Easy Read page: the address of the standard page it is a version of.</summary>
        public string? Standard { get; set; }

        /// <summary>On a section's front page: <c>main</c> (the default) or <c>footer</c>.</summary>
        public string? Menu { get; set; }

        [YamlDotNet.Serialization.YamlIgnore]
        public int VersionLine { get; set; }

        [YamlDotNet.Serialization.YamlIgnore]
        public DateOnly ReviewedDate { get; set; }

        /// <summary>The file line before the front matter's first line.</summary>
        [YamlDotNet.Serialization.YamlIgnore]
        public int Offset { get; set; }

        [YamlDotNet.Serialization.YamlIgnore]
        public int GroupLine { get; set; }

        [YamlDotNet.Serialization.YamlIgnore]
        public int ReviewedLine { get; set; }
    }

    private sealed class SourceYaml : YamlMapping
    {
        public string? Title { get; set; }

        public string? Url { get; set; }

        /// <summary>True until the partnership has checked the fact against this source.</summary>
        public bool Unconfirmed { get; set; }
    }
}
