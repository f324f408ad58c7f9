using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace KnowAboutCse.Web.Contacts;

/// <summary>
/// The one place a contact becomes HTML. Content pages, the layout's danger line and
/// footer all call these, so a number looks and dials the same everywhere.
/// </summary>
public static class ContactHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The number as written, as a link whose <c>tel:</c> target is its digits.</summary>
    public static string PhoneLink(Contact contact) =>
        contact.Phone is null
            ? string.Empty
            : $"<a class=\"tel\" href=\"{contact.TelHref}\">{E(contact.Phone)}</a>";

    /// <summary>The contact's website as a link.</summary>
    public static string WebLink(Contact contact) =>
        contact.Web is not { Url: { } url } web
            ? string.Empty
            : $"<a href=\"{E(url)}\">{E(web.Title)}</a>";

    /// <summary>The full card: name, number or link, who it is for, when to use it, hours and the checked date.</summary>
    public static string Card(Contact contact, Contact? outOfHours)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"contact-card\">");
        html.Append("<p class=\"contact-card__name\">").Append(E(contact.Name)).Append("</p>");
        if (contact.Phone is not null)
        {
            html.Append("<p class=\"contact-card__phone\">Call ").Append(PhoneLink(contact));
            if (contact.PhoneOption is not null)
            {
                html.Append(" (").Append(E(contact.PhoneOption)).Append(')');
            }

            html.Append("</p>");
        }

        if (contact.Web is not null)
        {
            html.Append("<p class=\"contact-card__web\">").Append(WebLink(contact)).Append("</p>");
        }

        html.Append("<dl class=\"contact-card__facts\">");
        Fact(html, "Who it is for", E(contact.For));
        Fact(html, "When to use it", E(contact.When));
        var hours = contact.Opening.Count > 0 ? OpeningText(contact.Opening) : contact.Hours;
        if (hours is not null)
        {
            Fact(html, "Open", E(hours));
        }

        if (outOfHours is not null)
        {
            Fact(html, "When closed", $"{E(outOfHours.Name)}: {PhoneLink(outOfHours)}");
        }

        html.Append("</dl>");
        if (contact.Note is not null)
        {
            html.Append("<p class=\"contact-card__note\">").Append(E(contact.Note)).Append("</p>");
        }

        html.Append("<p class=\"contact-card__checked\">").Append(CheckedText(contact)).Append("</p>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>"Checked 28 November 2026 against …", or an honest note that it has not been.</summary>
    public static string CheckedText(Contact contact)
    {
        if (contact.Unverified || contact.Source is null || contact.Checked is null)
        {
            return "Not yet confirmed against a published source.";
        }

        var source = contact.Source.Url is { } url
            ? $"<a href=\"{E(url)}\">{E(contact.Source.Title)}</a>"
            : E(contact.Source.Title);
        return $"Checked {Date(contact.Checked.Value)} against {source}.";
    }

    /// <summary>
    /// For printouts that name several contacts: the oldest of their checked dates (the honest
    /// one), and any contact not yet confirmed, by name.
    /// </summary>
    public static string CheckedSummary(IReadOnlyList<Contact> contacts)
    {
        var dated = contacts.Where(c => !c.Unverified && c.Checked is not null).Select(c => c.Checked!.Value).ToList();
        var text = new StringBuilder();
        if (dated.Count > 0)
        {
            text.Append("Phone numbers checked on ").Append(Date(dated.Min())).Append('.');
        }

        foreach (var contact in contacts.Where(c => c.Unverified || c.Checked is null))
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(E(contact.Name)).Append(": not yet confirmed against a published source.");
        }

        return text.ToString();
    }

    /// <summary>A date as UK readers write it: 28 November 2026.</summary>
    /// <remarks>
    /// The app runs without ICU (InvariantGlobalization: 7–11 MB less resident memory), so no en-GB
    /// culture: the invariant culture's English month names give the same "28 November 2026".
    /// </remarks>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Monday to Thursday 8am to 5:30pm; Friday 8am to 4:30pm".</summary>
    public static string OpeningText(IReadOnlyList<OpeningPeriod> opening) =>
        string.Join("; ", opening.Select(p => $"{DayRange(p.Days)} {Time(p.Opens)} to {Time(p.Closes)}"));

    private static string DayRange(IReadOnlyList<DayOfWeek> days)
    {
        string Name(DayOfWeek d) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(d);
        var consecutive = days.Zip(days.Skip(1)).All(pair => (int)pair.Second == (int)pair.First + 1);
        return days.Count switch
        {
            1 => Name(days[0]),
            _ when consecutive => $"{Name(days[0])} to {Name(days[^1])}",
            _ => string.Join(", ", days.Select(Name)),
        };
    }

    private static string Time(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? $"{hour}{suffix}"
            : $"{hour}:{time.Minute:00}{suffix}";
    }

    private static void Fact(StringBuilder html, string term, string encodedValue) =>
        html.Append("<div><dt>").Append(term).Append("</dt><dd>").Append(encodedValue).Append("</dd></div>");

    private static string E(string text) => Encoder.Encode(text);
}
