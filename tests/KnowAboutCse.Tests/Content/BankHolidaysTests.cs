using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Content;

/// <summary>content/data/bank-holidays.yml: the dates opening hours are read with, and what stops start-up.</summary>
public sealed class BankHolidaysTests
{
    private const string File = "data/bank-holidays.yml";

    /// <summary>
    /// The file was written without a stored copy of GOV.UK's page, so the dates are worked out again here from
    /// the rules for England and Wales: New Year's Day, Good Friday, Easter Monday, the first and last Mondays
    /// in May, the last Monday in August, Christmas Day and Boxing Day, each moved to the next free weekday
    /// when it falls at a weekend. A one-off bank holiday the government adds would need adding here too.
    /// </summary>
    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    public void File_ListsTheEnglandAndWalesBankHolidaysTheRulesGive(int year)
    {
        var listed = ContentLoader.Load(RepoPaths.Content).Contacts.BankHolidays.Days.Select(d => d.Date).Where(d => d.Year == year);

        Assert.Equal(ByTheRules(year), listed);
    }

    [Fact]
    public void File_ReachesTwelveMonthsAfterItWasChecked()
    {
        var holidays = ContentLoader.Load(RepoPaths.Content).Contacts.BankHolidays;

        Assert.True(holidays.Last >= holidays.Checked!.Value.AddYears(1), $"the list ends {holidays.Last}");
        Assert.Equal("https://www.gov.uk/bank-holidays", holidays.Source!.Url);
    }

    [Theory]
    [InlineData("  - { date: 2027-03-29, name: Easter Monday }", "  - { date: 2027-03-28, name: Easter Monday }", "is a Sunday")]
    [InlineData("  - { date: 2027-03-29, name: Easter Monday }", "  - { date: 29/03/2027, name: Easter Monday }", "is not a date")]
    [InlineData("  - { date: 2027-03-29, name: Easter Monday }", "  - { date: 2027-03-26, name: Easter Monday }", "in date order")]
    [InlineData("  - { date: 2027-03-29, name: Easter Monday }", "  - { date: 2027-03-29 }", "needs a 'name'")]
    public void Load_BrokenDate_StopsStartUpAtItsLine(string good, string bad, string message)
    {
        using var folder = TinySite.Create().Replace(File, good + "\n", bad + "\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal((File, folder.LineOf(File, bad)), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoSource_StopsStartUp()
    {
        using var folder = TinySite.Create().Replace(File, "source:\n  title: GOV.UK, UK bank holidays\n  url: https://www.gov.uk/bank-holidays\n  unconfirmed: true\n", string.Empty);

        var problem = folder.SingleLoadProblem();

        Assert.Equal(File, problem.File);
        Assert.Contains("need a 'source'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFile_StopsStartUp()
    {
        using var folder = TinySite.Create();
        folder.Delete(File);

        var problem = folder.SingleLoadProblem();

        Assert.Equal((File, 1), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_OpeningHoursThatDoNotSayWhatHappensOnBankHolidays_StopsStartUpAtTheChannelsOpening()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "        # The source sends callers to the Emergency Duty Service on bank holidays.\n        bank_holidays: closed\n", string.Empty);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/contacts.yml", problem.File);
        Assert.Equal("        opening:", folder.Read("data/contacts.yml").Split('\n')[problem.Line - 1]);
        Assert.Equal(
            "Contact 'scas': a channel with 'opening' hours needs 'bank_holidays: closed' or 'bank_holidays: unknown' (what happens on a bank holiday, from its source).",
            problem.Message);
    }

    [Theory]
    [InlineData("        bank_holidays: closed\n", "        bank_holidays: open\n", "        bank_holidays: open", "needs 'bank_holidays: closed' or 'bank_holidays: unknown'")]
    [InlineData("      - phone: \"0800 555 111\"\n        always: true\n", "      - phone: \"0800 555 111\"\n        always: true\n        bank_holidays: closed\n", "        bank_holidays: closed", "only a channel with 'opening' hours")]
    public void Load_BankHolidaysWrongOnAChannel_StopsStartUpAtThatKey(string good, string bad, string line, string message)
    {
        using var folder = TinySite.Create();
        var text = folder.Read("data/contacts.yml");
        var at = text.IndexOf(good, StringComparison.Ordinal);
        folder.Write("data/contacts.yml", text[..at] + bad + text[(at + good.Length)..]); // the first one only

        var problem = folder.SingleLoadProblem();

        Assert.Equal(line, folder.Read("data/contacts.yml").Split('\n')[problem.Line - 1]);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    private static List<DateOnly> ByTheRules(int year)
    {
        static DateOnly Weekday(DateOnly date, ICollection<DateOnly> taken)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(date))
            {
                date = date.AddDays(1);
            }

            return date;
        }

        static DateOnly Monday(DateOnly date, int step)
        {
            while (date.DayOfWeek != DayOfWeek.Monday)
            {
                date = date.AddDays(step);
            }

            return date;
        }

        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            Weekday(new DateOnly(year, 1, 1), []),
            easter.AddDays(-2),
            easter.AddDays(1),
            Monday(new DateOnly(year, 5, 1), 1),
            Monday(new DateOnly(year, 5, 31), -1),
            Monday(new DateOnly(year, 8, 31), -1),
        };
        var christmas = Weekday(new DateOnly(year, 12, 25), []);
        days.Add(christmas);
        days.Add(Weekday(new DateOnly(year, 12, 26), [christmas]));
        return days;
    }

    /// <summary>The Gregorian Easter Sunday (the anonymous algorithm, as in Meeus).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
