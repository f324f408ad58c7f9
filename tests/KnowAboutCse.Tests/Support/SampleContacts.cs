using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Tests.Support;

/// <summary>A small directory for rendering tests, independent of the real data file.</summary>
public static class SampleContacts
{
    public static ChannelHours Always { get; } = new(true, [], null);

    public static Contact Childline { get; } = new(
        "childline", "Childline", "Childline", "Young people", "Any worry", null,
        [new ContactChannel(ChannelKind.Phone, "0800 1111", null, null, Always, null, null, 1)], null, null,
        new ContactLink("Childline website", "https://www.childline.org.uk/"), new ContactLink("Childline", "https://www.childline.org.uk/"),
        new DateOnly(2026, 11, 28), false);

    public static Contact Office { get; } = new(
        "office", "County office", "County office", "Parents", "Worried about a child", "staffordshire",
        [
            new ContactChannel(ChannelKind.Phone, "0300 111 8007", "option 1", null, new ChannelHours(false,
            [
                new OpeningPeriod([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], new TimeOnly(8, 0), new TimeOnly(17, 30)),
                new OpeningPeriod([DayOfWeek.Friday], new TimeOnly(8, 0), new TimeOnly(16, 30)),
            ], null), null, null, 1),
        ],
        "night-line", null, null, new ContactLink("Council page", "https://example.org/council"), new DateOnly(2026, 11, 28), false);

    public static Contact NightLine { get; } = new(
        "night-line", "Night line", "the night line", "Parents", "When the office is closed", null,
        [new ContactChannel(ChannelKind.Phone, "0345 604 2886", null, null, new ChannelHours(false, [], "office"), null, null, 1)],
        null, null, null, null, null, true);

    public static Contact WebOnly { get; } = new(
        "ceop", "CEOP", "CEOP", "Anyone", "Online abuse", null,
        [new ContactChannel(ChannelKind.Form, "https://www.ceop.police.uk/Safety-Centre/", null, "Report to CEOP", ChannelHours.Unknown, "A person reads every report.", null, 1)],
        null, null, new ContactLink("Report to CEOP", "https://www.ceop.police.uk/Safety-Centre/"), new ContactLink("CEOP", null), new DateOnly(2026, 11, 28), false);

    /// <summary>The site's English layout words, from the real strings file: what cards and hours are written in.</summary>
    public static UiText Words { get; } = ContentLoader.Load(RepoPaths.Content).Languages.English;

    public static ContactDirectory Directory { get; } = new([Childline, Office, NightLine, WebOnly], words: Words);
}
