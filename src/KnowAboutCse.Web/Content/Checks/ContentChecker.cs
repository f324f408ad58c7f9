using System.Globalization;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Schools;

namespace KnowAboutCse.Web.Content.Checks;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One finding, at a 1-based line of a file relative to the content folder.</summary>
public sealed record Finding(string File, int Line, Severity Severity, string Message)
{
    public override string ToString() => $"{File}:{Line}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>A page's Flesch reading ease, and the target it must meet (null where none applies).</summary>
public sealed record ReadingScore(string File, double Score, int Words, double? Target, string? Exception)
{
    public bool Applies => Target is not null;
}

public sealed record CheckReport(IReadOnlyList<Finding> Findings, IReadOnlyList<ReadingScore> Scores, int PageCount, int ContactCount)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}

/// <summary>How old a date may get before content counts as overdue for review.</summary>
public sealed record ReviewPeriods(int PageDays = 365, int ContactDays = 183)
{
    /// <summary>Whether a page's <c>reviewed</c> date is older than <see cref="PageDays"/> on <paramref name="today"/>.</summary>
    public bool Overdue(ContentPage page, DateOnly today) => today.DayNumber - page.Reviewed.DayNumber > PageDays;

    /// <summary>Whether a confirmed contact's <c>checked</c> date is older than <see cref="ContactDays"/> on <paramref name="today"/>.</summary>
    public bool Overdue(Contact contact, DateOnly today) => contact.Checked is { } date && today.DayNumber - date.DayNumber > ContactDays;
}

/// <summary>
/// The checks editors and CI run on the content, on top of everything loading already
/// enforces: the safeguarding language rules, reading ease, and review dates.
/// </summary>
public static partial class ContentChecker
{
    /// <summary>The reading-ease floor for pages anyone may read: parents and carers, and the site pages (get help).</summary>
    public const double MinimumReadingEase = 60;

    /// <summary>
    /// Higher floors for sections read by children: the young people's pages aim at a reading
    /// age of about 11, with short sentences and every hard word explained.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> SectionReadingEase = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["youngpeople"] = 70,
        ["easy-read"] = 85, // Easy Read, mainly for young people with learning disabilities (decision 0019)
        ["children"] = 85, // children aged 8 to 11
    };

    /// <summary>The folder of data files (contacts, the tools' words and rules).</summary>
    private const string DataFolder = "data";

    /// <summary>
    /// Sections written for professionals, where the reading-ease target does not apply. It applies
    /// everywhere else: parents, young people, and the site pages anyone in a hurry reads (get help).
    /// </summary>
    public static readonly IReadOnlyList<string> ProfessionalSections = ["schools"];

    private static readonly (Regex Pattern, Severity Severity, string Advice)[] LanguageRules =
    [
        (ChildProstitute(), Severity.Error, "never describe a child as a prostitute: say the child is being sexually exploited"),
        (RiskyBehaviour(), Severity.Error, "\"risky behaviour\" blames the child: describe what is being done to them"),
        (PuttingAtRisk(), Severity.Error, "children do not put themselves at risk: say who is harming them"),
        (Consenting(), Severity.Error, "a child who is exploited is not consenting: say they are being groomed or exploited"),
        (SexWorker(), Severity.Error, "never call an exploited child a sex worker"),
        (Partner(), Severity.Warning, "check this does not call an abuser a boyfriend or girlfriend: say \"the person harming them\""),
    ];

    public static CheckReport Check(string contentRoot, DateOnly today, ReviewPeriods periods)
    {
        ContentSnapshot snapshot;
        try
        {
            snapshot = ContentLoader.Load(contentRoot);
        }
        catch (ContentLoadException ex)
        {
            // Loading enforces the schema, links, contacts and no raw HTML; nothing else can be checked until those pass.
            return new CheckReport([.. ex.Problems.Select(p => new Finding(p.File, p.Line, Severity.Error, p.Message))], [], 0, 0);
        }

        var findings = new List<Finding>();
        var scores = new List<ReadingScore>();
        foreach (var page in snapshot.AllPages)
        {
            var lines = File.ReadAllLines(Path.Combine(contentRoot, page.SourcePath));
            findings.AddRange(CheckLanguage(page.SourcePath, lines));

            var score = ReadingEase.Score(page.PlainText);
            var words = ReadingEase.WordCount(page.PlainText);
            var target = ReadingEaseTarget(page, words);
            scores.Add(new ReadingScore(page.SourcePath, score, words, target, page.ReadingEaseException));
            if (target is { } floor && score < floor)
            {
                findings.Add(new Finding(page.SourcePath, 1, Severity.Error,
                    $"reading ease is {score:0.0}; aim for {floor} or more with shorter sentences and words, " +
                    "or give a reason in 'reading_ease_exception'"));
            }

            foreach (var source in page.UnconfirmedSources)
            {
                findings.Add(new Finding(page.SourcePath, source.Line, Severity.Warning,
                    $"source \"{source.Title}\" is not in the content brief: the partnership must confirm the facts taken from it, then remove 'unconfirmed'"));
            }

            if (periods.Overdue(page, today))
            {
                findings.Add(new Finding(page.SourcePath, page.ReviewedLine, Severity.Warning,
                    $"last reviewed {page.Reviewed:yyyy-MM-dd}, more than {periods.PageDays} days ago: check the page and update 'reviewed'"));
            }
        }

        // The schools kit is printed and sent home, and the data files hold every word the tools can say:
        // the same language rules apply to them as to pages.
        foreach (var folder in new[] { KitFiles.Folder, DataFolder })
        {
            var path = Path.Combine(contentRoot, folder);
            // The search synonyms are what people type ("boyfriend"), never shown to anyone: not held to the rules.
            foreach (var file in (Directory.Exists(path) ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
                .Where(f => folder + "/" + Path.GetFileName(f) != Search.SearchSynonyms.RelativePath))
            {
                findings.AddRange(CheckLanguage(folder + "/" + Path.GetFileName(file), File.ReadAllLines(file)));
            }
        }

        findings.AddRange(Translations.TranslationChecks.Check(snapshot));
        findings.AddRange(CheckContacts(snapshot.Contacts, today, periods));
        findings.AddRange(CheckBankHolidays(snapshot.Contacts.BankHolidays, today));
        if (snapshot.Site.FeedbackEmail is null)
        {
            findings.Add(new Finding(SiteInfo.RelativePath, snapshot.Site.FeedbackEmailLine, Severity.Warning,
                "no feedback address yet: the about page, accessibility statement and privacy notice send people to the partnerships' websites instead; add 'feedback_email' when the owner gives one"));
        }

        return new CheckReport(findings, scores, snapshot.AllPages.Count, snapshot.Contacts.All.Count);
    }

    /// <summary>The reading ease a page must reach, or null: pages for professionals, exceptions and short pages are not scored.</summary>
    public static double? ReadingEaseTarget(ContentPage page, int words) =>
        ProfessionalSections.Contains(page.SectionKey ?? string.Empty) || page.ReadingEaseException is not null || words < ReadingEase.MinimumWords
            ? null
            : SectionReadingEase.GetValueOrDefault(page.SectionKey ?? string.Empty, MinimumReadingEase);

    private static IEnumerable<Finding> CheckLanguage(string file, string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var sentence in ImageAdvice.Find(lines[i]))
            {
                yield return new Finding(file, i + 1, Severity.Error,
                    $"\"{sentence}\": never tell anyone to keep, save, copy, screenshot or forward a sexual image of a child, even as evidence. " +
                    "Say instead: don't delete the messages or the account; don't view, copy, save or screenshot the image; note usernames, dates and apps; tell the police");
            }

            foreach (var (pattern, severity, advice) in LanguageRules)
            {
                if (pattern.Match(lines[i]) is { Success: true } match)
                {
                    yield return new Finding(file, i + 1, severity, $"\"{match.Value}\": {advice}");
                }
            }
        }
    }

    private static IEnumerable<Finding> CheckContacts(ContactDirectory contacts, DateOnly today, ReviewPeriods periods)
    {
        foreach (var contact in contacts.All)
        {
            if (contact.Unverified || contact.Checked is null)
            {
                yield return new Finding(ContactsFile.RelativePath, contact.Line, Severity.Warning,
                    $"{contact.Name} has not been checked against a published source: confirm it, then add 'source' and 'checked'");
            }
            else if (periods.Overdue(contact, today))
            {
                yield return new Finding(ContactsFile.RelativePath, contact.Line, Severity.Warning,
                    $"{contact.Name} was last checked {contact.Checked:yyyy-MM-dd}, more than {periods.ContactDays} days ago: ring it or check its page, then update 'checked'");
            }
        }
    }

    /// <summary>
    /// Opening hours are only right while the bank holidays are listed: warn when the list ends less than
    /// 12 months ahead, and while its dates are not confirmed on the source's live page.
    /// </summary>
    private static IEnumerable<Finding> CheckBankHolidays(BankHolidays holidays, DateOnly today)
    {
        var needed = today.AddYears(1);
        if (holidays.Last is not { } last || last < needed)
        {
            yield return new Finding(BankHolidaysFile.RelativePath, holidays.DatesLine, Severity.Warning,
                $"the bank holidays listed end {(holidays.Last is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "at once")}, less than 12 months after {today:yyyy-MM-dd}: " +
                $"add the dates to at least {needed:yyyy-MM-dd} from {holidays.Source?.Url ?? "GOV.UK"}, or opening hours on those days will be wrong");
        }

        if (holidays.Unconfirmed)
        {
            yield return new Finding(BankHolidaysFile.RelativePath, holidays.SourceLine, Severity.Warning,
                "the bank holiday dates are not yet confirmed on the source's live page: check them there, update 'checked', then remove 'unconfirmed'");
        }
    }

    [GeneratedRegex(@"\bchild prostitut\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ChildProstitute();

    [GeneratedRegex(@"\brisky behaviou?rs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RiskyBehaviour();

    [GeneratedRegex(@"\bput(ting|s)? (themselves|himself|herself|yourself) at risk\b", RegexOptions.IgnoreCase)]
    private static partial Regex PuttingAtRisk();

    [GeneratedRegex(@"\bconsent(ing|ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consenting();

    [GeneratedRegex(@"\bsex[ -]workers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SexWorker();

    [GeneratedRegex(@"\b(boyfriend|girlfriend)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Partner();
}
