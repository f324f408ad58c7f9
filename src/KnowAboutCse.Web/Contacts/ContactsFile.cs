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
        var bankHolidays = BankHolidaysFile.Load(contentRoot, problems);
        var file = YamlText.ReadFile<ContactsYaml>(contentRoot, RelativePath, "The contacts file is missing.", problems);
        if (file is null)
        {
            return new ContactDirectory([]);
        }

        var entries = file.Contacts ?? [];
        if (entries.Count == 0)
        {
            problems.Add(new ContentProblem(RelativePath, 1, "No contacts: the file needs a 'contacts:' list."));
        }

        // A problem with one key points at that key's line, or at its entry's when the entry does not have the key.
        void Problem(int line, string message) => problems.Add(new ContentProblem(RelativePath, line, message));

        var contacts = new List<(Contact Contact, ContactYaml Entry)>();
        var broken = new List<string>();
        foreach (var entry in entries)
        {
            var contact = ToContact(entry, Problem);
            if (contact is null && entry.Id is { } brokenId)
            {
                broken.Add(brokenId);
            }
            else if (contact is not null && contacts.Any(c => c.Contact.Id == contact.Id))
            {
                Problem(entry.LineFor("id"), $"Contact id '{contact.Id}' is used twice.");
            }
            else if (contact is not null)
            {
                contacts.Add((contact, entry));
            }
        }

        var byId = contacts.ToDictionary(c => c.Contact.Id, c => c.Contact, StringComparer.Ordinal);
        foreach (var (contact, entry) in contacts)
        {
            if (contact.OutOfHoursId is { } other && !byId.ContainsKey(other))
            {
                Problem(entry.LineFor("out_of_hours"),
                    $"Contact '{contact.Id}' names out-of-hours contact '{other}', which does not exist.");
            }

            // A contact is only loaded when every one of its channels is, so its channels and their entries pair up in order.
            foreach (var (channel, channelEntry) in contact.Channels.Zip(entry.Channels ?? []).Where(c => c.First.Hours.WhenClosedOf is not null))
            {
                // A named contact that is itself broken has had its problem reported already.
                var office = channel.Hours.WhenClosedOf!;
                if (broken.Contains(office))
                {
                    continue;
                }

                if (!byId.TryGetValue(office, out var target) || target.Channels.All(c => c.Hours.Periods.Count == 0))
                {
                    Problem(channelEntry.LineFor("when_closed"),
                        $"Contact '{contact.Id}': 'when_closed' names '{office}', which must be a contact with opening hours.");
                }
            }
        }

        return new ContactDirectory([.. contacts.Select(c => c.Contact)], broken, bankHolidays);
    }

    private static Contact? ToContact(ContactYaml y, Action<int, string> problem)
    {
        var ok = true;
        void Fail(int line, string message)
        {
            problem(line, message);
            ok = false;
        }

        var id = y.Id ?? string.Empty;
        if (!Slug.IsValid(id))
        {
            Fail(y.LineFor("id"), $"Contact id '{id}' must be lower-case words joined by hyphens.");
        }

        foreach (var (key, value) in new[] { ("name", y.Name), ("for", y.For), ("when", y.When) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(y.LineFor(key), $"Contact '{id}' needs '{key}'.");
            }
        }

        if (y.Channels is not { Count: > 0 })
        {
            Fail(y.LineFor("id"), $"Contact '{id}' needs 'channels': at least one way to get in touch (phone, text, email, form, chat or web).");
        }

        var channels = new List<ContactChannel>();
        foreach (var c in y.Channels ?? [])
        {
            if (ToChannel(id, c, Fail) is { } channel)
            {
                channels.Add(channel);
            }
        }

        if (y.Web is { } web && (!IsHttps(web.Url) || string.IsNullOrWhiteSpace(web.Title)))
        {
            Fail(y.LineFor("web"), $"Contact '{id}': 'web' needs a 'title' and an https:// 'url'.");
        }

        if (y.Source is { Url: { } sourceUrl } && !IsHttps(sourceUrl))
        {
            Fail(y.LineFor("source"), $"Contact '{id}': the source must be an https:// address.");
        }

        if (!y.Unverified && (y.Source is null || string.IsNullOrWhiteSpace(y.Source.Title)))
        {
            Fail(y.LineFor("id"), $"Contact '{id}' needs a 'source' it was checked against, or 'unverified: true'.");
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
                Fail(y.LineFor("checked"), $"Contact '{id}': 'checked' must be a date like 2026-11-28.");
            }
        }
        else if (!y.Unverified)
        {
            Fail(y.LineFor("id"), $"Contact '{id}' needs a 'checked' date, or 'unverified: true'.");
        }

        if (y.Area is not null && !Areas.Contains(y.Area))
        {
            Fail(y.LineFor("area"), $"Contact '{id}': area must be one of {string.Join(", ", Areas)}.");
        }

        return ok
            ? new Contact(
                id, y.Name!.Trim(), (y.ShortName ?? y.Name!).Trim(), y.For!.Trim(), y.When!.Trim(), y.Area, channels, y.OutOfHours,
                y.Note?.Trim(), y.Web is null ? null : new ContactLink(y.Web.Title!.Trim(), y.Web.Url),
                y.Source is null ? null : new ContactLink(y.Source.Title!.Trim(), y.Source.Url), checkedOn, y.Unverified, y.Line)
            : null;
    }

    private static ContactChannel? ToChannel(string id, ChannelYaml c, Action<int, string> fail)
    {
        var given = new (ChannelKind Kind, string Key, string? Value)[]
        {
            (ChannelKind.Phone, "phone", c.Phone), (ChannelKind.Text, "text", c.Text), (ChannelKind.Email, "email", c.Email),
            (ChannelKind.Form, "form", c.Form), (ChannelKind.Chat, "chat", c.Chat), (ChannelKind.Web, "web", c.Web),
        }.Where(k => k.Value is not null).ToList();
        if (given.Count != 1)
        {
            fail(c.LineFor("phone"), $"Contact '{id}': each channel is exactly one of phone, text, email, form, chat or web.");
            return null;
        }

        var (kind, key, value) = given[0];
        var ok = true;
        void Fail(int line, string message)
        {
            fail(line, message);
            ok = false;
        }

        switch (kind)
        {
            case ChannelKind.Phone or ChannelKind.Text when !PhonePattern().IsMatch(value!):
                Fail(c.LineFor(key), $"Contact '{id}': write the number as digits in groups separated by single spaces, as a caller reads it.");
                break;
            case ChannelKind.Email when !EmailPattern().IsMatch(value!):
                Fail(c.LineFor(key), $"Contact '{id}': '{value}' is not an email address.");
                break;
            case ChannelKind.Form or ChannelKind.Chat or ChannelKind.Web when !IsHttps(value) || string.IsNullOrWhiteSpace(c.Title):
                Fail(c.LineFor(key), $"Contact '{id}': a {key} channel needs an https:// address and a 'title' for its link.");
                break;
        }

        if (c.Option is not null && kind != ChannelKind.Phone)
        {
            Fail(c.LineFor("option"), $"Contact '{id}': only a phone channel has an 'option'.");
        }

        var hours = ReadHours(id, c, Fail);
        return ok && hours is not null
            ? new ContactChannel(kind, value!.Trim(), c.Option?.Trim(), c.Title?.Trim(), hours, c.Reply?.Trim(), c.Note?.Trim(), c.Line, c.Anonymous)
            : null;
    }

    private static ChannelHours? ReadHours(string id, ChannelYaml c, Action<int, string> fail)
    {
        if (new[] { c.Always, c.Opening is not null, c.WhenClosed is not null }.Count(set => set) > 1)
        {
            fail(c.LineFor("always"), $"Contact '{id}': give a channel's hours once: 'always: true', 'opening' or 'when_closed'.");
            return null;
        }

        var periods = new List<OpeningPeriod>();
        foreach (var period in c.Opening ?? [])
        {
            var days = (period.Days ?? []).Select(ParseDay).ToList();
            if (days.Count == 0 || days.Any(d => d is null))
            {
                fail(period.LineFor("days"), $"Contact '{id}': days are Mon, Tue, Wed, Thu, Fri, Sat, Sun.");
                return null;
            }

            if (!TimeOnly.TryParseExact(period.Opens, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens) ||
                !TimeOnly.TryParseExact(period.Closes, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes) ||
                closes <= opens)
            {
                fail(period.LineFor("opens"), $"Contact '{id}': opening times are \"HH:mm\", with 'closes' after 'opens'.");
                return null;
            }

            periods.Add(new OpeningPeriod(days.Select(d => d!.Value).ToList(), opens, closes));
        }

        if (c.Opening is { Count: 0 })
        {
            fail(c.LineFor("opening"), $"Contact '{id}': 'opening' needs at least one period.");
            return null;
        }

        // Required with set hours, so nobody adds a line and forgets that offices close on bank holidays.
        BankHolidayHours? onBankHolidays = c.BankHolidays switch
        {
            "closed" => BankHolidayHours.Closed,
            "unknown" => BankHolidayHours.Unknown,
            _ => null,
        };
        if (c.Opening is not null && onBankHolidays is null)
        {
            fail(c.LineFor(c.BankHolidays is null ? "opening" : "bank_holidays"),
                $"Contact '{id}': a channel with 'opening' hours needs 'bank_holidays: closed' or 'bank_holidays: unknown' (what happens on a bank holiday, from its source).");
            return null;
        }

        if (c.Opening is null && c.BankHolidays is not null)
        {
            fail(c.LineFor("bank_holidays"), $"Contact '{id}': only a channel with 'opening' hours has 'bank_holidays'.");
            return null;
        }

        return new ChannelHours(c.Always, periods, c.WhenClosed?.Trim(), onBankHolidays ?? BankHolidayHours.Unknown);
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

    [GeneratedRegex(@"^[^@\s<>""]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex EmailPattern();

    private sealed class ContactsYaml
    {
        public List<ContactYaml>? Contacts { get; set; }
    }

    private sealed class ContactYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? ShortName { get; set; }
        public string? For { get; set; }
        public string? When { get; set; }
        public string? Area { get; set; }
        public List<ChannelYaml>? Channels { get; set; }
        public string? OutOfHours { get; set; }
        public string? Note { get; set; }
        public LinkYaml? Web { get; set; }
        public LinkYaml? Source { get; set; }
        public string? Checked { get; set; }
        public bool Unverified { get; set; }
    }

    private sealed class ChannelYaml : YamlMapping
    {
        public string? Phone { get; set; }
        public string? Text { get; set; }
        public string? Email { get; set; }
        public string? Form { get; set; }
        public string? Chat { get; set; }
        public string? Web { get; set; }
        public string? Option { get; set; }
        public string? Title { get; set; }
        public bool Always { get; set; }
        public List<OpeningYaml>? Opening { get; set; }
        public string? WhenClosed { get; set; }
        public string? BankHolidays { get; set; }
        public bool? Anonymous { get; set; }
        public string? Reply { get; set; }
        public string? Note { get; set; }
    }

    private sealed class OpeningYaml : YamlMapping
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
