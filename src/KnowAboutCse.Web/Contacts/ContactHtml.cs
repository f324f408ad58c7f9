using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Contacts;

/// <summary>
/// The one place a contact becomes HTML. Content pages, tool results, the layout's danger
/// line, the footer and the schools kit all call these, so a number looks and dials the same
/// everywhere and its hours are always beside it.
/// </summary>
public static class ContactHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// The first phone number as written, as a link that dials it, with its menu option; a number not
    /// yet confirmed against a published source says so beside it, so nobody relies on a guess.
    /// </summary>
    public static string PhoneLink(Contact contact, UiText words) =>
        contact.PhoneChannel is { } phone
            ? ChannelLink(phone) + OptionText(phone) + (contact.Unverified ? $" <span class=\"unconfirmed\">{E(words["phone_unconfirmed"])}</span>" : string.Empty)
            : string.Empty;

    /// <summary>
    /// The number as a link and, for a line open only at set times (a council office), its hours
    /// and its out-of-hours number: what a poster or a printed list puts beside a name, so nobody
    /// reading it at 8pm rings a closed line.
    /// </summary>
    public static string PhoneWithHours(Contact contact, ContactDirectory contacts)
    {
        var words = contacts.Words;
        var html = new StringBuilder(PhoneLink(contact, words));
        if (contact.PhoneChannel is { Hours.Periods.Count: > 0 } phone)
        {
            html.Append(" <span class=\"contact-hours\">").Append(E(HoursText(phone, contacts))).Append("</span>");
        }

        if (contacts.OutOfHoursFor(contact) is { } outOfHours)
        {
            html.Append(" <span class=\"contact-hours\">").Append(words.Html("when_closed_call", ("name", English(outOfHours.ShortName, words)))).Append(' ')
                .Append(PhoneLink(outOfHours, words)).Append("</span>");
        }

        return html.ToString();
    }

    /// <summary>The contact's website as a link.</summary>
    public static string WebLink(Contact contact) =>
        contact.Web is not { Url: { } url } web
            ? string.Empty
            : $"<a href=\"{E(url)}\">{E(web.Title)}</a>";

    /// <summary>
    /// The full card: name, every way to get in touch with its hours, who it is for, when to use
    /// it, the out-of-hours alternative and the checked date. Given <paramref name="now"/> (tool
    /// results, never stored pages), each way also says whether it is open now, in the tool's words.
    /// </summary>
    public static string Card(Contact contact, ContactDirectory contacts, OpenNow? now = null)
    {
        var words = contacts.Words;
        var html = new StringBuilder();
        html.Append("<div class=\"contact-card\">");
        html.Append("<p class=\"contact-card__name\">").Append(E(contact.Name)).Append("</p>");
        html.Append("<ul class=\"contact-card__channels\">");
        foreach (var channel in contact.Channels)
        {
            html.Append("<li class=\"contact-card__channel contact-card__channel--").Append(channel.Kind.ToString().ToLowerInvariant()).Append("\">")
                .Append("<span class=\"contact-card__how\">").Append(HowText(channel, words)).Append("</span>");
            if (HoursText(channel, contacts) is { Length: > 0 } hours)
            {
                html.Append(" <span class=\"contact-card__hours\">").Append(E(hours)).Append("</span>");
            }

            if (now is not null && NowText(channel, contacts, now) is { Length: > 0 } state)
            {
                html.Append(' ').Append(state);
            }

            foreach (var extra in new[] { channel.Reply, channel.Note }.OfType<string>())
            {
                html.Append(" <span class=\"contact-card__extra\"").Append(EnglishAttribute(words)).Append('>').Append(E(extra)).Append("</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        if (contact.Web is { Url: { } url } && contact.Channels.All(c => c.Value != url))
        {
            html.Append("<p class=\"contact-card__web\">").Append(WebLink(contact)).Append("</p>");
        }

        html.Append("<dl class=\"contact-card__facts\">");
        Fact(html, words["card_for"], English(contact.For, words));
        Fact(html, words["card_when"], English(contact.When, words));
        if (contacts.OutOfHoursFor(contact) is { } outOfHours)
        {
            Fact(html, words["card_when_closed"], $"{E(outOfHours.Name)}: {PhoneLink(outOfHours, words)}");
        }

        html.Append("</dl>");
        if (contact.Note is not null)
        {
            html.Append("<p class=\"contact-card__note\"").Append(EnglishAttribute(words)).Append('>').Append(E(contact.Note)).Append("</p>");
        }

        html.Append("<p class=\"contact-card__checked\">").Append(CheckedText(contact, words)).Append("</p>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>
    /// Whether a channel is open at <see cref="OpenNow.Moment"/>, as a badge in the words given: open, closed, or, on a
    /// bank holiday its source gives no hours for, not known today. Empty when its hours are not known at all
    /// (<see cref="HoursText"/> says so).
    /// </summary>
    public static string NowText(ContactChannel channel, ContactDirectory contacts, OpenNow now) =>
        ContactHours.State(channel, now.Moment, contacts) switch
        {
            OpenState.Open => $"<strong class=\"contact-card__now contact-card__now--open\">{E(now.Words.Open)}</strong>",
            OpenState.Closed => $"<strong class=\"contact-card__now contact-card__now--closed\">{E(now.Words.Closed)}</strong>",
            OpenState.NotKnownToday => $"<strong class=\"contact-card__now contact-card__now--unknown\">{E(now.Words.NotKnownToday)}</strong>",
            _ => string.Empty,
        };

    /// <summary>"Call (number) (option 1)", "Email help@…", "Report online (online form)": the way, as a link.</summary>
    public static string HowText(ContactChannel channel, UiText words) => channel.Kind switch
    {
        ChannelKind.Phone => words.Html("how_call", ("number", ChannelLink(channel) + OptionText(channel))),
        ChannelKind.Text => words.Html("how_text", ("number", ChannelLink(channel))),
        ChannelKind.Email => words.Html("how_email", ("address", ChannelLink(channel))),
        ChannelKind.Form => words.Html("how_form", ("link", ChannelLink(channel))),
        ChannelKind.Chat => words.Html("how_chat", ("link", ChannelLink(channel))),
        _ => ChannelLink(channel),
    };

    /// <summary>
    /// When a channel is open, in words; honest when the hours are not known. Empty for a website
    /// with no stated hours: a page to read has none.
    /// </summary>
    public static string HoursText(ContactChannel channel, ContactDirectory contacts) => channel.Hours switch
    {
        { Always: true } => contacts.Words["hours_always"],
        { Periods.Count: > 0 } hours => OpeningText(hours.Periods, contacts.Words),
        { WhenClosedOf: { } id } => contacts.Words.Text("hours_when_closed", ("office", contacts.TryGet(id, out var office) ? office.ShortName : id)),
        _ => channel.Kind switch
        {
            ChannelKind.Web => string.Empty,
            ChannelKind.Form or ChannelKind.Email when channel.Reply is not null => contacts.Words["hours_send_any_time"],
            ChannelKind.Form or ChannelKind.Email => contacts.Words["hours_send_unconfirmed"],
            _ => contacts.Words["hours_not_confirmed"],
        },
    };

    /// <summary>"Checked 28 November 2026 against …", or an honest note that it has not been.</summary>
    public static string CheckedText(Contact contact, UiText words)
    {
        if (contact.Unverified || contact.Source is null || contact.Checked is null)
        {
            return E(words["not_checked"]);
        }

        var source = contact.Source.Url is { } url
            ? $"<a href=\"{E(url)}\"{EnglishAttribute(words)}>{E(contact.Source.Title)}</a>"
            : English(contact.Source.Title, words);
        return words.Html("checked", ("date", E(words.Date(contact.Checked.Value))), ("source", source));
    }

    /// <summary>
    /// For printouts that name several contacts: the oldest of their checked dates (the honest
    /// one), and any contact not yet confirmed, by name (as written, in English), in <paramref name="words"/>.
    /// </summary>
    public static string CheckedSummary(IReadOnlyList<Contact> contacts, UiText words)
    {
        var dated = contacts.Where(c => !c.Unverified && c.Checked is not null).Select(c => c.Checked!.Value).ToList();
        var text = new StringBuilder();
        if (dated.Count > 0)
        {
            text.Append(words.Html("kit_checked_on", ("date", E(words.Date(dated.Min())))));
        }

        foreach (var contact in contacts.Where(c => c.Unverified || c.Checked is null))
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(words.Html("kit_not_confirmed", ("name", English(contact.Name, words))));
        }

        return text.ToString();
    }

    /// <summary>A date as UK readers write it: 28 November 2026.</summary>
    /// <remarks>
    /// The app runs without ICU (InvariantGlobalization: 7–11 MB less resident memory), so no en-GB
    /// culture: the invariant culture's English month names give the same "28 November 2026".
    /// </remarks>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm", in the words given.</summary>
    public static string OpeningText(IReadOnlyList<OpeningPeriod> opening, UiText words) =>
        string.Join("; ", opening.Select(p => words.Text("hours_period", ("days", DayRange(p.Days, words)), ("opens", words.Time(p.Opens)), ("closes", words.Time(p.Closes)))));

    private static string ChannelLink(ContactChannel channel)
    {
        var text = channel.Title ?? channel.Value;
        // dir="ltr": a number's groups of digits must not be read right to left on an Urdu page.
        var css = channel.Kind == ChannelKind.Phone ? " class=\"tel\" dir=\"ltr\"" : string.Empty;
        return $"<a{css} href=\"{E(channel.Href)}\">{E(text)}</a>";
    }

    private static string OptionText(ContactChannel channel) => channel.Option is { } option ? $" ({E(option)})" : string.Empty;

    private static string DayRange(IReadOnlyList<DayOfWeek> days, UiText words)
    {
        var consecutive = days.Zip(days.Skip(1)).All(pair => ((int)pair.First + 1) % 7 == (int)pair.Second);
        return days.Count switch
        {
            1 => words.DayName(days[0]),
            7 when consecutive => words["days_every"],
            2 => words.Text("days_two", ("first", words.DayName(days[0])), ("second", words.DayName(days[1]))),
            _ when consecutive => words.Text("days_range", ("first", words.DayName(days[0])), ("last", words.DayName(days[^1]))),
            _ => string.Join(", ", days.Select(words.DayName)),
        };
    }

    /// <summary>
    /// Text written in English in the contacts file (who a contact is for, when to use it), encoded; on a
    /// translated page, marked as English so a screen reader reads it in an English voice.
    /// </summary>
    private static string English(string text, UiText words) =>
        words.Language.IsEnglish ? E(text) : $"<span lang=\"{E(words.English.Language.HtmlLang)}\">{E(text)}</span>";

    private static string EnglishAttribute(UiText words) =>
        words.Language.IsEnglish ? string.Empty : $" lang=\"{E(words.English.Language.HtmlLang)}\"";

    private static void Fact(StringBuilder html, string term, string encodedValue) =>
        html.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(encodedValue).Append("</dd></div>");

    private static string E(string text) => Encoder.Encode(text);
}

/// <summary>The words a tool result uses for open now, closed now and not known today (a bank holiday), from its data file.</summary>
public sealed record NowWords(string Open, string Closed, string NotKnownToday);

/// <summary>The moment a tool result was made, and its words for whether each way is open then.</summary>
public sealed record OpenNow(DateTimeOffset Moment, NowWords Words);
