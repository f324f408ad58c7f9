using System.Globalization;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Contacts;

/// <summary>Loads and checks <c>data/contacts.yml</c>.</summary>
internal static partial class ContactsFile
{
    public const string RelativePath = "data/contacts.yml";

    private static readonly string[] Areas = ["staffordshire", "stoke-on-trent"];

    public static ContactDirectory Load(string contentRoot, List<ContentProblem> problems)
    {
        var path = Path.Combine(contentRoot, RelativePath);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(RelativePath, 1, "The contacts file is missing."));
            return new ContactDirectory([]);
        }

        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        var file = YamlText.Read<ContactsYaml>(text, out var error);
        if (error is { } e)
        {
            problems.Add(new ContentProblem(RelativePath, e.Line, e.Message));
            return new ContactDirectory([]);
        }

        var entries = file?.Contacts ?? [];
        if (entries.Count == 0)
        {
            problems.Add(new ContentProblem(RelativePath, 1, "No contacts: the file needs a 'contacts:' list."));
        }

        var starts = ContactStartLines(lines);
        var contacts = new List<Contact>();
        var startLine = new Dictionary<string, int>();
        var broken = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var from = i < starts.Count ? starts[i] : 0;
            var to = i + 1 < starts.Count ? starts[i + 1] : lines.Length;
            int LineOf(string key) => YamlText.LineOfKey(lines, key, from, to) ?? from + 1;
            void Problem(string key, string message) => problems.Add(new ContentProblem(RelativePath, LineOf(key), message));

            var contact = ToContact(entries[i], Problem);
            if (contact is null && entries[i].Id is { } brokenId)
            {
                broken.Add(brokenId);
            }
            else if (contact is not null)
            {
                if (contacts.Any(c => c.Id == contact.Id))
                {
                    Problem("id", $"Contact id '{contact.Id}' is used twice.");
                }
                else
                {
                    contacts.Add(contact);
                    startLine[contact.Id] = from;
                }
            }
        }

        foreach (var contact in contacts.Where(c => c.OutOfHoursId is not null && contacts.All(o => o.Id != c.OutOfHoursId)))
        {
            var from = startLine[contact.Id];
            problems.Add(new ContentProblem(RelativePath, YamlText.LineOfKey(lines, "out_of_hours", from) ?? from + 1,
                $"Contact '{contact.Id}' names out-of-hours contact '{contact.OutOfHoursId}', which does not exist."));
        }

        return new ContactDirectory(contacts, broken);
    }

    private static List<int> ContactStartLines(string[] lines) =>
        lines.Select((line, index) => (line, index))
            .Where(x => ListItemStart().IsMatch(x.line))
            .Select(x => x.index)
            .ToList();

    private static Contact? ToContact(ContactYaml y, Action<string, string> problem)
    {
        var ok = true;
        void Fail(string key, string message)
        {
            problem(key, message);
            ok = false;
        }

        var id = y.Id ?? string.Empty;
        if (!Slug.IsValid(id))
        {
            Fail("id", $"Contact id '{id}' must be lower-case words joined by hyphens.");
        }

        foreach (var (key, value) in new[] { ("name", y.Name), ("for", y.For), ("when", y.When) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(key, $"Contact '{id}' needs '{key}'.");
            }
        }

        if (y.Phone is null && y.Web is null)
        {
            Fail("id", $"Contact '{id}' needs a 'phone' or a 'web' link.");
        }

        if (y.Phone is not null && !PhonePattern().IsMatch(y.Phone))
        {
            Fail("phone", $"Contact '{id}': write the phone number as digits in groups separated by single spaces, as a caller reads it.");
        }

        if (y.Web is { } web && !IsHttps(web.Url))
        {
            Fail("url", $"Contact '{id}': the web link must be an https:// address.");
        }

        if (y.Source is { Url: { } sourceUrl } && !IsHttps(sourceUrl))
        {
            Fail("url", $"Contact '{id}': the source must be an https:// address.");
        }

        if (!y.Unverified && (y.Source is null || string.IsNullOrWhiteSpace(y.Source.Title)))
        {
            Fail("id", $"Contact '{id}' needs a 'source' it was checked against, or 'unverified: true'.");
        }

        DateOnly? checkedOn = null;
        if (y.Checked is not null)
        {
            if (DateOnly.TryParseExact(y.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                checkedOn = date;
            }
            else
            {
                Fail("checked", $"Contact '{id}': 'checked' must be a date like 2026-11-28.");
            }
        }
        else if (!y.Unverified)
        {
            Fail("id", $"Contact '{id}' needs a 'checked' date, or 'unverified: true'.");
        }

        if (y.Area is not null && !Areas.Contains(y.Area))
        {
            Fail("area", $"Contact '{id}': area must be one of {string.Join(", ", Areas)}.");
        }

        var opening = new List<OpeningPeriod>();
        foreach (var period in y.Opening ?? [])
        {
            var days = (period.Days ?? []).Select(ParseDay).ToList();
            if (days.Count == 0 || days.Any(d => d is null))
            {
                Fail("days", $"Contact '{id}': days are Mon, Tue, Wed, Thu, Fri, Sat, Sun.");
                continue;
            }

            if (!TimeOnly.TryParseExact(period.Opens, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens) ||
                !TimeOnly.TryParseExact(period.Closes, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes) ||
                closes <= opens)
            {
                Fail("opens", $"Contact '{id}': opening times are \"HH:mm\", with 'closes' after 'opens'.");
                continue;
            }

            opening.Add(new OpeningPeriod(days.Select(d => d!.Value).ToList(), opens, closes));
        }

        if (!ok)
        {
            return null;
        }

        return new Contact(
            id, y.Name!.Trim(), y.Phone, y.PhoneOption, y.For!.Trim(), y.When!.Trim(), y.Area, y.Hours, opening,
            y.OutOfHours, y.Note, y.Web is null ? null : new ContactLink(y.Web.Title ?? y.Name!, y.Web.Url),
            y.Source is null ? null : new ContactLink(y.Source.Title!, y.Source.Url), checkedOn, y.Unverified);
    }

    private static DayOfWeek? ParseDay(string day) => day switch
    {
        "Mon" => DayOfWeek.Monday,
        "Tue" => DayOfWeek.Tuesday,
        "Wed" => DayOfWeek.Wednesday,
        "Thu" => DayOfWeek.Thursday,
        "Fri" => DayOfWeek.Friday,
        "Sat" => DayOfWeek.Saturday,
        "Sun" => DayOfWeek.Sunday,
        _ => null,
    };

    private static bool IsHttps(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    [GeneratedRegex(@"^[0-9]+( [0-9]+)*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\s*-\s+id\s*:")]
    private static partial Regex ListItemStart();

    private sealed class ContactsYaml
    {
        public List<ContactYaml>? Contacts { get; set; }
    }

    private sealed class ContactYaml
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? PhoneOption { get; set; }
        public string? For { get; set; }
        public string? When { get; set; }
        public string? Area { get; set; }
        public string? Hours { get; set; }
        public List<OpeningYaml>? Opening { get; set; }
        public string? OutOfHours { get; set; }
        public string? Note { get; set; }
        public LinkYaml? Web { get; set; }
        public LinkYaml? Source { get; set; }
        public string? Checked { get; set; }
        public bool Unverified { get; set; }
    }

    private sealed class OpeningYaml
    {
        public List<string>? Days { get; set; }
        public string? Opens { get; set; }
        public string? Closes { get; set; }
    }

    private sealed class LinkYaml
    {
        public string? Title { get; set; }
        public string? Url { get; set; }
    }
}
