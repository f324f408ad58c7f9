namespace KnowAboutCse.Web.Contacts;

/// <summary>
/// Whether a contact, or one way of reaching it, is open at a moment, read on the UK clock
/// (Europe/London, daylight saving included). Bank holidays are not modelled: pages that
/// show opening hours say offices close on them.
/// </summary>
public static class ContactHours
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>True or false, or null when the channel's hours are not known.</summary>
    public static bool? IsOpen(ContactChannel channel, DateTimeOffset now, ContactDirectory contacts) => channel.Hours switch
    {
        { Always: true } => true,
        { Periods.Count: > 0 } hours => InPeriods(hours.Periods, now),
        { WhenClosedOf: { } id } when contacts.TryGet(id, out var office) => !IsOpen(office, now, contacts),
        _ => null,
    };

    /// <summary>
    /// True when any way of reaching the contact is open; false when every way has known hours
    /// and all are closed; null when none is open and some hours are not known.
    /// </summary>
    public static bool? IsOpen(Contact contact, DateTimeOffset now, ContactDirectory contacts)
    {
        var states = contact.Channels.Select(c => IsOpen(c, now, contacts)).ToList();
        return states.Contains(true) ? true : states.Contains(null) ? null : false;
    }

    /// <summary>When set periods next begin after <paramref name="now"/>, in UK local time; null for none within a week.</summary>
    public static DateTime? NextOpening(IReadOnlyList<OpeningPeriod> periods, DateTimeOffset now)
    {
        var local = Local(now);
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            var opens = periods.Where(p => p.Days.Contains(date.DayOfWeek)).Select(p => date + p.Opens.ToTimeSpan())
                .Where(t => t > local).Order().ToList();
            if (opens.Count > 0)
            {
                return opens[0];
            }
        }

        return null;
    }

    /// <summary>The moment as a UK wall-clock time.</summary>
    public static DateTime Local(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, UkTime).DateTime;

    private static bool InPeriods(IReadOnlyList<OpeningPeriod> periods, DateTimeOffset now)
    {
        var local = Local(now);
        var time = TimeOnly.FromDateTime(local);
        return periods.Any(p => p.Days.Contains(local.DayOfWeek) && time >= p.Opens && time < p.Closes);
    }
}
