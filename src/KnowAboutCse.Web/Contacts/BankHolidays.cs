using System.Collections.Frozen;

namespace KnowAboutCse.Web.Contacts;

/// <summary>
/// The bank holidays in England and Wales from <c>content/data/bank-holidays.yml</c>, which
/// <see cref="ContactHours"/> reads opening hours with: a council office is closed on them.
/// </summary>
/// <param name="Days">In date order.</param>
/// <param name="Unconfirmed">The dates have not yet been confirmed on the source's live page.</param>
/// <param name="DatesLine">The line of the file's <c>dates</c> key, for the warning when the list runs out.</param>
public sealed record BankHolidays(IReadOnlyList<BankHoliday> Days, ContactLink? Source, DateOnly? Checked, bool Unconfirmed, int SourceLine, int DatesLine)
{
    private readonly FrozenSet<DateOnly> dates = Days.Select(d => d.Date).ToFrozenSet();

    /// <summary>No bank holidays: for directories built by hand (tests), where every day is an ordinary one.</summary>
    public static BankHolidays None { get; } = new([], null, null, false, 1, 1);

    /// <summary>The last date listed: after it, the site cannot tell a bank holiday from an ordinary day.</summary>
    public DateOnly? Last => Days.Count == 0 ? null : Days[^1].Date;

    public bool Contains(DateOnly date) => dates.Contains(date);
}

/// <param name="Line">The line of its entry in the file.</param>
public sealed record BankHoliday(DateOnly Date, string Name, int Line);
