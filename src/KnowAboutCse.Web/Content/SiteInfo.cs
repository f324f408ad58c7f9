using System.Globalization;
using System.Net;
using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Who runs the site and how to reach them, from <c>content/data/site.yml</c>: the facts the about
/// page, the accessibility statement and the privacy notice show through <c>{{site KEY}}</c>.
/// </summary>
/// <param name="FeedbackEmail">Null until the owner gives an address; pages then point to the partners' websites.</param>
public sealed record SiteInfo(
    string Owner,
    IReadOnlyList<ContactLink> Partners,
    string? FeedbackEmail,
    DateOnly ContentReviewed,
    DateOnly AccessibilityPrepared,
    DateOnly AccessibilityTested,
    int LogRetentionDays)
{

    public const string RelativePath = "data/site.yml";

    /// <summary>The keys pages may use in <c>{{site KEY}}</c>.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["owner", "partners", "feedback", "content-reviewed", "accessibility-prepared", "accessibility-tested", "log-retention"];

    /// <summary>The HTML for <c>{{site KEY}}</c>, or null for a key there is not.</summary>
    public string? Html(string key) => key switch
    {
        "owner" => E(Owner),
        "partners" => PartnerLinks("and"),
        "feedback" => FeedbackEmail is { } email
            ? $"by email to <a href=\"mailto:{E(email)}\">{E(email)}</a>"
            : $"through the website of {PartnerLinks("or")}",
        "content-reviewed" => ContactHtml.Date(ContentReviewed),
        "accessibility-prepared" => ContactHtml.Date(AccessibilityPrepared),
        "accessibility-tested" => ContactHtml.Date(AccessibilityTested),
        "log-retention" => LogRetentionDays.ToString(CultureInfo.InvariantCulture) + " days",
        _ => null,
    };

    private string PartnerLinks(string joiner) =>
        string.Join($" {joiner} ", Partners.Select(p => $"the <a href=\"{E(p.Url!)}\">{E(p.Title)}</a>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The line of 'feedback_email' in the file (1 when it is not there), for the content check's warning.</summary>
    internal int FeedbackEmailLine { get; init; } = 1;

    /// <summary>Loads and checks the file; null (with problems) when it is missing or incomplete.</summary>
    internal static SiteInfo? Load(string contentRoot, List<ContentProblem> problems)
    {
        var file = YamlText.ReadFile<FileYaml>(contentRoot, RelativePath, "The site file is missing: it names the site's owner.", problems);
        if (file is null)
        {
            return null;
        }

        // A problem is at its key's line; a key that is missing is at the line of the mapping that should have it (1 at the top).
        var before = problems.Count;
        int Line(string key) => file.LineOf(key) ?? 1;
        int LineIn(YamlMapping? parent, string parentKey, string key) => parent?.LineOf(key) ?? Line(parentKey);
        void Problem(int line, string message) => problems.Add(new ContentProblem(RelativePath, line, message));
        DateOnly Date(string? value, string key, int line)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem(line, $"'{key}' must be a date like 2026-12-02.");
            return default;
        }

        if (string.IsNullOrWhiteSpace(file.Owner?.Name))
        {
            Problem(Line("owner"), "'owner' needs a 'name'.");
        }

        var partners = (file.Owner?.Partners ?? []).Select(p => new ContactLink(p.Name?.Trim() ?? string.Empty, p.Url)).ToList();
        if (partners.Count == 0 || partners.Any(p => p.Title.Length == 0 || !Uri.TryCreate(p.Url, UriKind.Absolute, out var u) || u.Scheme != Uri.UriSchemeHttps))
        {
            Problem(LineIn(file.Owner, "owner", "partners"), "'owner' needs 'partners', each with a 'name' and an https:// 'url': the pages send people to them.");
        }

        if (file.FeedbackEmail is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            Problem(Line("feedback_email"), "'feedback_email' must be an email address.");
        }

        var reviewed = Date(file.ContentReviewed, "content_reviewed", Line("content_reviewed"));
        var prepared = Date(file.Accessibility?.Prepared, "prepared", LineIn(file.Accessibility, "accessibility", "prepared"));
        var tested = Date(file.Accessibility?.Tested, "tested", LineIn(file.Accessibility, "accessibility", "tested"));
        if (file.Privacy is not { LogRetentionDays: > 0 })
        {
            Problem(LineIn(file.Privacy, "privacy", "log_retention_days"), "'privacy' needs 'log_retention_days', how long logs are kept.");
        }

        return problems.Count > before
            ? null
            : new SiteInfo(file.Owner!.Name!.Trim(), partners, file.FeedbackEmail?.Trim(), reviewed, prepared, tested, file.Privacy!.LogRetentionDays)
            {
                FeedbackEmailLine = Line("feedback_email"),
            };
    }

    private sealed class FileYaml : YamlMapping
    {
        public OwnerYaml? Owner { get; set; }
        public string? FeedbackEmail { get; set; }
        public string? ContentReviewed { get; set; }
        public AccessibilityYaml? Accessibility { get; set; }
        public PrivacyYaml? Privacy { get; set; }
    }


    private sealed class OwnerYaml : YamlMapping
    {
        public string? Name { get; set; }
        public List<PartnerYaml>? Partners { get; set; }
    }

    private sealed class PartnerYaml
    {
        public string? Name { get; set; }
        public string? Url { get; set; }
    }

    private sealed class AccessibilityYaml : YamlMapping
    {
        public string? Prepared { get; set; }
        public string? Tested { get; set; }
    }

    private sealed class PrivacyYaml : YamlMapping
    {
        public int LogRetentionDays { get; set; }
    }
}
