namespace KnowAboutCse.Web.Contacts;

/// <summary>A place to get help: a phone number, a website or both, with when and for whom.</summary>
public sealed record Contact(
    string Id,
    string Name,
    string? Phone,
    string? PhoneOption,
    string For,
    string When,
    string? Area,
    string? Hours,
    IReadOnlyList<OpeningPeriod> Opening,
    string? OutOfHoursId,
    string? Note,
    ContactLink? Web,
    ContactLink? Source,
    DateOnly? Checked,
    bool Unverified)
{
    /// <summary>The <c>tel:</c> target: the number's digits only.</summary>
    public string? TelHref => Phone is null ? null : "tel:" + string.Concat(Phone.Where(char.IsAsciiDigit));
}

/// <summary>A titled link; the URL is absent where a source has no public page (the campaign letter).</summary>
public sealed record ContactLink(string Title, string? Url);

/// <summary>The hours a service is open on some days, in UK local time.</summary>
public sealed record OpeningPeriod(IReadOnlyList<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes);
