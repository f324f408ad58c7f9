namespace KnowAboutCse.Web.Contacts;

/// <summary>A place to get help: the ways to reach it (<see cref="Channels"/>), who it is for and when to use it.</summary>
/// <param name="ShortName">What sentences call it ("SCAS"); the full name when the file gives none.</param>
/// <param name="Web">The service's own website, for <c>{{link id}}</c>.</param>
/// <param name="Line">The line of its entry in the contacts file.</param>
public sealed record Contact(
    string Id,
    string Name,
    string ShortName,
    string For,
    string When,
    string? Area,
    IReadOnlyList<ContactChannel> Channels,
    string? OutOfHoursId,
    string? Note,
    ContactLink? Web,
    ContactLink? Source,
    DateOnly? Checked,
    bool Unverified,
    int Line = 1)
{
    /// <summary>The first phone line: the number <c>{{phone id}}</c>, posters and the footer show.</summary>
    public ContactChannel? PhoneChannel => Channels.FirstOrDefault(c => c.Kind == ChannelKind.Phone);

    public string? Phone => PhoneChannel?.Value;

    public string? PhoneOption => PhoneChannel?.Option;

    /// <summary>The <c>tel:</c> target: the number's digits only.</summary>
    public string? TelHref => PhoneChannel?.Href;
}

/// <summary>The ways of getting in touch a contact can offer.</summary>
public enum ChannelKind
{
    Phone,
    Text,
    Email,
    Form,
    Chat,
    Web,
}

/// <summary>One way to reach a contact, with its own hours.</summary>
/// <param name="Value">The number (phone, text), the address (email) or the URL (form, chat, web).</param>
/// <param name="Option">The menu choice to make after dialling ("option 1").</param>
/// <param name="Title">A form's, chat's or website's link text.</param>
/// <param name="Reply">How soon the service says it answers, where its source says.</param>
/// <param name="Note">Anything a user must know first ("register before you need it").</param>
/// <param name="Anonymous">True when its source says you need not give your name this way, false when it says you must; null when it says neither.</param>
public sealed record ContactChannel(
    ChannelKind Kind,
    string Value,
    string? Option,
    string? Title,
    ChannelHours Hours,
    string? Reply,
    string? Note,
    int Line,
    bool? Anonymous = null)
{
    /// <summary>The link target: <c>tel:</c> or <c>sms:</c> with the digits, <c>mailto:</c>, or the URL itself.</summary>
    public string Href => Kind switch
    {
        ChannelKind.Phone => "tel:" + Digits,
        ChannelKind.Text => "sms:" + Digits,
        ChannelKind.Email => "mailto:" + Value,
        _ => Value,
    };

    private string Digits => string.Concat(Value.Where(char.IsAsciiDigit));
}

/// <summary>
/// When a channel is open: at any time, in set periods (UK local time), whenever another
/// contact is closed (an out-of-hours line), or not known, which the site says rather than
/// implying "any time".
/// </summary>
/// <param name="WhenClosedOf">The id of the contact whose closed hours this channel covers.</param>
/// <param name="OnBankHolidays">What set <paramref name="Periods"/> mean on a bank holiday: closed, or not known (the default, as a
/// guess either way could send someone to a closed line or away from an open one).</param>
public sealed record ChannelHours(bool Always, IReadOnlyList<OpeningPeriod> Periods, string? WhenClosedOf, BankHolidayHours OnBankHolidays = BankHolidayHours.Unknown)
{
    public static ChannelHours Unknown { get; } = new(false, [], null);
}

/// <summary>A channel with set opening hours on a bank holiday (<c>bank_holidays:</c> in the contacts file).</summary>
public enum BankHolidayHours
{
    /// <summary>The source gives no hours for bank holidays: the site says it does not know.</summary>
    Unknown,

    /// <summary>Closed all day; an out-of-hours line that covers it is open.</summary>
    Closed,
}

/// <summary>A titled link; the URL is absent where a source has no public page.</summary>
public sealed record ContactLink(string Title, string? Url);

/// <summary>The hours a service is open on some days, in UK local time.</summary>
public sealed record OpeningPeriod(IReadOnlyList<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes);
