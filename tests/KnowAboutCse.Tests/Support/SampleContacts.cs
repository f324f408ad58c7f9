using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Tests.Support;

/// <summary>A small directory for rendering tests, independent of the real data file.</summary>
public static class SampleContacts
{
    public static Contact Childline { get; } = new(
        "childline", "Childline", "0800 1111", null, "Young people", "Any worry", null, "24 hours a day", [], null, null,
        new ContactLink("Childline website", "https://www.childline.org.uk/"), new ContactLink("Childline", "https://www.childline.org.uk/"),
        new DateOnly(2026, 11, 28), false);

    public static Contact Office { get; } = new(
        "office", "County office", "0300 111 8007", "option 1", "Parents", "Worried about a child", "staffordshire", null,
        [
            new OpeningPeriod([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], new TimeOnly(8, 0), new TimeOnly(17, 30)),
            new OpeningPeriod([DayOfWeek.Friday], new TimeOnly(8, 0), new TimeOnly(16, 30)),
        ],
        "night-line", null, null, new ContactLink("Council page", "https://example.org/council"), new DateOnly(2026, 11, 28), false);

    public static Contact NightLine { get; } = new(
        "night-line", "Night line", "0345 604 2886", null, "Parents", "When the office is closed", null, "When the office is closed",
        [], null, null, null, null, null, true);

    public static Contact WebOnly { get; } = new(
        "ceop", "CEOP", null, null, "Anyone", "Online abuse", null, null, [], null, null,
        new ContactLink("Report to CEOP", "https://www.ceop.police.uk/Safety-Centre/"), new ContactLink("CEOP", null), new DateOnly(2026, 11, 28), false);

    public static ContactDirectory Directory { get; } = new([Childline, Office, NightLine, WebOnly]);
}
