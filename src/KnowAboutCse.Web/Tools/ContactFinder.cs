using System.Net;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Tools;

/// <param name="First">The one contact to use first: open now, or shown with <see cref="ClosedHtml"/> saying it is not.</param>
/// <param name="Why">Why that one, from the route that matched.</param>
/// <param name="ClosedHtml">Set when the route's first contact is closed now: what the finder did about it.</param>
/// <param name="ShowHoursNote">Some contact shown has set opening hours, so the bank-holiday note applies.</param>
/// <param name="Ways">For an answer to "How do you want to get in touch?" that the data file has words for: the ways that fit.</param>
public sealed record ContactAdvice(
    Contact First,
    string Why,
    IReadOnlyList<Contact> Alternatives,
    string? ClosedHtml,
    bool ShowHoursNote,
    FinderRoute Route,
    WayAdvice? Ways = null);

/// <summary>The ways of getting in touch in a result that fit the answer to the <c>how</c> question.</summary>
/// <param name="Items">Every channel of a wanted kind, contact by contact in the result's order; empty for an answer with no kinds (in person).</param>
/// <param name="MovedHtml">Set when the route's first contact gave way to one that can be reached this way: why.</param>
public sealed record WayAdvice(FinderWay Way, IReadOnlyList<WayItem> Items, string? MovedHtml);

/// <summary>One way to get in touch in a result, and whether it is open at the moment the result was made.</summary>
public sealed record WayItem(Contact Contact, ContactChannel Channel, OpenState State);

/// <summary>
/// "Who should I contact?" as a pure function of the answers, the routes in
/// <c>content/data/who-to-contact.yml</c>, the contacts and the time. It never puts a closed
/// line first without saying so: a closed contact gives way to its out-of-hours line, or the
/// result says it is closed and names one that is open now. Then, unless the route keeps its
/// first contact (the emergency line), a first contact that cannot be reached the way someone asked for gives
/// way to the first contact in the result that can, and the result says why.
/// </summary>
public static partial class ContactFinder
{
    /// <summary>The question whose answer chooses the kinds of channel (<see cref="WhoToContactData.Ways"/>).</summary>
    public const string HowQuestion = "how";

    /// <param name="answers">Every question's answer, blanks already given the question's blank value.</param>
    public static ContactAdvice Find(WhoToContactData data, IReadOnlyDictionary<string, string> answers, ContactDirectory contacts, DateTimeOffset now)
    {
        // The data file ends with a route that matches everything, so there is always one.
        var route = data.Routes.First(r => r.When.Matches(answers));
        var way = answers.TryGetValue(HowQuestion, out var how) ? data.Ways.FirstOrDefault(w => w.How == how) : null;
        var first = contacts[route.First];
        var others = route.Also
            .Concat(data.Additions.Where(a => a.When.Matches(answers)).SelectMany(a => a.Contacts))
            .Concat(way?.Also ?? [])
            .Distinct(StringComparer.Ordinal)
            .Where(id => id != first.Id)
            .Select(id => contacts[id])
            .ToList();

        string? closed = null;
        if (ContactHours.IsOpen(first, now, contacts) == false)
        {
            var opens = OpensText(first, now, contacts);
            if (contacts.OutOfHoursFor(first) is { } outOfHours && ContactHours.IsOpen(outOfHours, now, contacts) != false)
            {
                closed = Fill(data.Closed.Instead.Html, ("closed", first.ShortName), ("open", outOfHours.ShortName), ("opens", opens));
                others = [first, .. others.Where(c => c.Id != outOfHours.Id)];
                first = outOfHours;
            }
            else if (others.FirstOrDefault(c => ContactHours.IsOpen(c, now, contacts) == true) is { } open)
            {
                closed = Fill(data.Closed.OpenNow.Html, ("closed", first.ShortName), ("open", open.ShortName), ("opens", opens));
                others = [open, .. others.Where(c => c.Id != open.Id)];
            }
            else
            {
                closed = Fill(data.Closed.NoRoute.Html, ("closed", first.ShortName), ("open", string.Empty), ("opens", opens));
            }
        }

        string? moved = null;
        if (way is { Channels.Count: > 0, Moved: { } movedText } && !route.KeepFirst && !Reachable(first, way, now, contacts) &&
            others.FirstOrDefault(c => Reachable(c, way, now, contacts)) is { } reachable)
        {
            var routeFirst = contacts[route.First];
            moved = Fill(movedText.Html, ("moved", routeFirst.ShortName), ("first", reachable.ShortName));
            others = [first, .. others.Where(c => c.Id != reachable.Id)];
            first = reachable;

            // The notice about a closed line no longer describes what leads the result, but the line is still closed: say so, and when it opens.
            closed = ContactHours.IsOpen(routeFirst, now, contacts) == false
                ? Fill(data.Closed.Moved.Html, ("closed", routeFirst.ShortName), ("opens", OpensText(routeFirst, now, contacts)))
                : null;
        }

        var shown = others.Prepend(first).ToList();
        var ways = way is null ? null : new WayAdvice(
            way,
            [.. shown.SelectMany(c => c.Channels.Where(ch => way.Channels.Contains(ch.Kind)).Select(ch => new WayItem(c, ch, ContactHours.State(ch, now, contacts))))],
            moved);
        var hoursNote = shown.Any(c => c.Channels.Any(ch => ch.Hours.Periods.Count > 0));
        return new ContactAdvice(first, route.Why.Html, others, closed, hoursNote, route, ways);
    }

    /// <summary>Whether the contact has a channel of a kind the way wants that is not known to be closed now.</summary>
    private static bool Reachable(Contact contact, FinderWay way, DateTimeOffset now, ContactDirectory contacts) =>
        contact.Channels.Any(c => way.Channels.Contains(c.Kind) && ContactHours.State(c, now, contacts) != OpenState.Closed);

    /// <summary>"at 8am today", "at 8am tomorrow", "at 8:30am on Monday", from the contact's set hours.</summary>
    public static string OpensText(Contact contact, DateTimeOffset now, ContactDirectory contacts)
    {
        var next = contact.Channels.Where(c => c.Hours.Periods.Count > 0)
            .Select(c => ContactHours.NextOpening(c.Hours, now, contacts))
            .OfType<DateTime>()
            .Order()
            .FirstOrDefault();
        if (next == default)
        {
            return "later";
        }

        var days = (next.Date - ContactHours.Local(now).Date).Days;
        var time = contacts.Words.Time(TimeOnly.FromDateTime(next));
        return days switch
        {
            0 => $"at {time} today",
            1 => $"at {time} tomorrow",
            < 7 => $"at {time} on {contacts.Words.DayName(next.DayOfWeek)}",
            _ => $"at {time} on {contacts.Words.DayName(next.DayOfWeek)} {ContactHtml.Date(DateOnly.FromDateTime(next))}", // over Christmas: which Tuesday
        };
    }

    /// <summary>Fills placeholders ({closed}, {open}, {opens}; {moved}, {first}); a name that starts a sentence gets a capital letter.</summary>
    private static string Fill(string html, params (string Name, string Value)[] values) =>
        Placeholder().Replace(html, m =>
        {
            var name = m.Groups["name"].Value;
            var value = values.FirstOrDefault(v => v.Name == name).Value;
            if (value is null)
            {
                return m.Value; // not one this text may use (the loader refuses those)
            }

            if (m.Groups["start"].Success && value.Length > 0)
            {
                value = char.ToUpperInvariant(value[0]) + value[1..];
            }

            return m.Groups["start"].Value + WebUtility.HtmlEncode(value);
        });

    [GeneratedRegex(@"(?<start>^<p>|\.\s)?\{(?<name>closed|open|opens|moved|first)\}")]
    private static partial Regex Placeholder();
}
