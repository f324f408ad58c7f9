namespace KnowAboutCse.Web.Contacts;

/// <summary>Whether a way of getting in touch is open at a moment.</summary>
public enum OpenState
{
    Open,
    Closed,

    /// <summary>Its hours are not known at all.</summary>
    NotKnown,

    /// <summary>It has set hours, but today is a bank holiday and its source does not say what happens then.</summary>
    NotKnownToday,
}

/// <summary>
/// Whether a contact, or one way of reaching it, is open at a moment, read on the UK clock
/// (Europe/London, daylight saving included) and with the bank holidays in England and Wales
/// (<see cref="ContactDirectory.BankHolidays"/>). On a bank holiday a channel with set hours is
/// closed when its entry says <c>bank_holidays: closed</c>, and not known when it says
/// <c>unknown</c>; an out-of-hours line that covers a closed office is then open.
/// </summary>
public static class ContactHours
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>How far ahead <see cref="NextOpening"/> looks: far enough for Christmas and a weekend together.</summary>
    private const int LookAheadDays = 14;

    /// <summary>True or false, or null when the channel's hours are not known (at all, or on this bank holiday).</summary>
    public static bool? IsOpen(ContactChannel channel, DateTimeOffset now, ContactDirectory contacts) => AsBool(State(channel, now, contacts));

    /// <summary>
    /// True when any way of reaching the contact is open; false when every way has known hours
    /// and all are closed; null when none is open and some hours are not known.
    /// </summary>
    public static bool? IsOpen(Contact contact, DateTimeOffset now, ContactDirectory contacts) => AsBool(State(contact, now, contacts));

    /// <summary>Open, closed, or not known (and why not).</summary>
    public static OpenState State(ContactChannel channel, DateTimeOffset now, ContactDirectory contacts) => channel.Hours switch
    {
        { Always: true } => OpenState.Open,
        { Periods.Count: > 0 } hours when IsBankHoliday(now, contacts) =>
            hours.OnBankHolidays == BankHolidayHours.Closed ? OpenState.Closed : OpenState.NotKnownToday,
        { Periods.Count: > 0 } hours => InPeriods(hours.Periods, now) ? OpenState.Open : OpenState.Closed,
        { WhenClosedOf: { } id } when contacts.TryGet(id, out var office) => State(office, now, contacts) switch
        {
            OpenState.Open => OpenState.Closed,
            OpenState.Closed => OpenState.Open,
            var unknown => unknown,
        },
        _ => OpenState.NotKnown,
    };

    /// <summary>Open when any way is open; closed when all are; otherwise not known (today, if any way is not known only today).</summary>
    public static OpenState State(Contact contact, DateTimeOffset now, ContactDirectory contacts)
    {
        var states = contact.Channels.Select(c => State(c, now, contacts)).ToList();
        return states.Contains(OpenState.Open) ? OpenState.Open
            : states.All(s => s == OpenState.Closed) ? OpenState.Closed
            : states.Contains(OpenState.NotKnownToday) ? OpenState.NotKnownToday
            : OpenState.NotKnown;
    }

    /// <summary>Whether the moment falls on a bank holiday in England and Wales, by the UK date.</summary>
    public static bool IsBankHoliday(DateTimeOffset now, ContactDirectory contacts) =>
        contacts.BankHolidays.Contains(DateOnly.FromDateTime(Local(now)));

    /// <summary>
    /// When set hours next begin after <paramref name="now"/>, in UK local time; null for none within two weeks.
    /// Bank holidays are skipped: a line closed on them does not open, and one whose bank-holiday hours are
    /// not known may not, so the site never promises it will.
    /// </summary>
    public static DateTime? NextOpening(ChannelHours hours, DateTimeOffset now, ContactDirectory contacts)
    {
        var local = Local(now);
        for (var day = 0; day <= LookAheadDays; day++)
        {
            var date = local.Date.AddDays(day);
            if (contacts.BankHolidays.Contains(DateOnly.FromDateTime(date)))
            {
                continue;
            }

            var opens = hours.Periods.Where(p => p.Days.Contains(date.DayOfWeek)).Select(p => date + p.Opens.ToTimeSpan())
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

    private static bool? AsBool(OpenState state) => state switch
    {
        OpenState.Open => true,
        OpenState.Closed => false,
        _ => null,
    };

    private static bool InPeriods(IReadOnlyList<OpeningPeriod> periods, DateTimeOffset now)
    {
        var local = Local(now);
        var time = TimeOnly.FromDateTime(local);
        return periods.Any(p => p.Days.Contains(local.DayOfWeek) && time >= p.Opens && time < p.Closes);
    }
}
