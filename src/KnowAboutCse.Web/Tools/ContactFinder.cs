using System.Net;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Tools;

/// <param name="First">The one contact to use first: open now, or shown with <see cref="ClosedHtml"/> saying it is not.</param>
/// <param name="Why">Why that one, from the route that matched.</param>
/// <param name="ClosedHtml">Set when the route's first contact is closed now: what the finder did about it.</param>
/// <param name="ShowHoursNote">Some contact shown has set opening hours, so the bank-holiday note applies.</param>
public sealed record ContactAdvice(
    Contact First,
    string Why,
    IReadOnlyList<Contact> Alternatives,
    string? ClosedHtml,
    bool ShowHoursNote,
    FinderRoute Route);

/// <summary>
/// "Who should I contact?" as a pure function of the answers, the routes in
/// <c>content/data/who-to-contact.yml</c>, the contacts and the time. It never puts a closed
/// line first without saying so: a closed contact gives way to its out-of-hours line, or the
/// result says it is closed and names one that is open now.
/// </summary>
public static partial class ContactFinder
{
    /// <param name="answers">Every question's answer, blanks already given the question's blank value.</param>
    public static ContactAdvice Find(WhoToContactData data, IReadOnlyDictionary<string, string> answers, ContactDirectory contacts, DateTimeOffset now)
    {
        // The data file ends with a route that matches everything, so there is always one.
        var route = data.Routes.First(r => r.When.Matches(answers));
        var first = contacts[route.First];
        var others = route.Also
            .Concat(data.Additions.Where(a => a.When.Matches(answers)).SelectMany(a => a.Contacts))
            .Distinct(StringComparer.Ordinal)
            .Where(id => id != first.Id)
            .Select(id => contacts[id])
            .ToList();

        string? closed = null;
        if (ContactHours.IsOpen(first, now, contacts) == false)
        {
            var opens = OpensText(first, now);
            if (contacts.OutOfHoursFor(first) is { } outOfHours && ContactHours.IsOpen(outOfHours, now, contacts) != false)
            {
                closed = Fill(data.Closed.Instead.Html, first, outOfHours, opens);
                others = [first, .. others.Where(c => c.Id != outOfHours.Id)];
                first = outOfHours;
            }
            else if (others.FirstOrDefault(c => ContactHours.IsOpen(c, now, contacts) == true) is { } open)
            {
                closed = Fill(data.Closed.OpenNow.Html, first, open, opens);
                others = [open, .. others.Where(c => c.Id != open.Id)];
            }
            else
            {
                closed = Fill(data.Closed.NoRoute.Html, first, null, opens);
            }
        }

        var hoursNote = others.Prepend(first).Any(c => c.Channels.Any(ch => ch.Hours.Periods.Count > 0));
        return new ContactAdvice(first, route.Why.Html, others, closed, hoursNote, route);
    }

    /// <summary>"at 8am today", "at 8am tomorrow", "at 8:30am on Monday", from the contact's set hours.</summary>
    public static string OpensText(Contact contact, DateTimeOffset now)
    {
        var next = contact.Channels.Where(c => c.Hours.Periods.Count > 0)
            .Select(c => ContactHours.NextOpening(c.Hours.Periods, now))
            .OfType<DateTime>()
            .Order()
            .FirstOrDefault();
        if (next == default)
        {
            return "later";
        }

        var days = (next.Date - ContactHours.Local(now).Date).Days;
        var time = ContactHtml.Time(TimeOnly.FromDateTime(next));
        return days switch
        {
            0 => $"at {time} today",
            1 => $"at {time} tomorrow",
            _ => $"at {time} on {ContactHtml.DayName(next.DayOfWeek)}",
        };
    }

    /// <summary>Fills {closed}, {open} and {opens}; a name that starts a sentence gets a capital letter.</summary>
    private static string Fill(string html, Contact closed, Contact? open, string opens) =>
        Placeholder().Replace(html, m =>
        {
            var value = m.Groups["name"].Value switch
            {
                "closed" => closed.ShortName,
                "open" => open?.ShortName ?? string.Empty,
                _ => opens,
            };
            if (m.Groups["start"].Success && value.Length > 0)
            {
                value = char.ToUpperInvariant(value[0]) + value[1..];
            }

            return m.Groups["start"].Value + WebUtility.HtmlEncode(value);
        });

    [GeneratedRegex(@"(?<start>^<p>|\.\s)?\{(?<name>closed|open|opens)\}")]
    private static partial Regex Placeholder();
}
