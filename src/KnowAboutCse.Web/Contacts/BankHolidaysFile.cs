using System.Globalization;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Contacts;

/// <summary>Loads and checks <c>data/bank-holidays.yml</c>; every problem names the file and line.</summary>
internal static class BankHolidaysFile
{
    public const string RelativePath = "data/bank-holidays.yml";

    public static BankHolidays Load(string contentRoot, List<ContentProblem> problems)
    {
        var file = YamlText.ReadFile<FileYaml>(contentRoot, RelativePath, "The bank holidays file is missing: the site needs it to tell when council offices are closed.", problems);
        if (file is null)
        {
            return BankHolidays.None;
        }

        var before = problems.Count;
        void Problem(int line, string message) => problems.Add(new ContentProblem(RelativePath, line, message));

        if (file.Source is not { } source || string.IsNullOrWhiteSpace(source.Title) ||
            !Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            Problem(file.LineFor("source"), "The bank holidays need a 'source' with a 'title' and an https:// 'url': the page the dates were taken from.");
        }

        DateOnly? checkedOn = null;
        if (ParseDate(file.Checked) is { } day)
        {
            checkedOn = day;
        }
        else
        {
            Problem(file.LineFor("checked"), "The bank holidays need 'checked': the date they were last checked against the source, like 2026-12-02.");
        }

        var days = new List<BankHoliday>();
        foreach (var entry in file.Dates ?? [])
        {
            if (ParseDate(entry.Date) is not { } date)
            {
                Problem(entry.Line, $"'{entry.Date}' is not a date: write it like 2027-03-29.");
            }
            else if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Problem(entry.Line, $"{date:yyyy-MM-dd} is a {date.DayOfWeek}: a bank holiday is always a weekday (check the substitute day).");
            }
            else if (days.Count > 0 && date <= days[^1].Date)
            {
                Problem(entry.Line, $"{date:yyyy-MM-dd} comes after {days[^1].Date:yyyy-MM-dd}: list each date once, in date order.");
            }
            else if (string.IsNullOrWhiteSpace(entry.Name))
            {
                Problem(entry.Line, $"{date:yyyy-MM-dd} needs a 'name', such as Easter Monday.");
            }
            else
            {
                days.Add(new BankHoliday(date, entry.Name.Trim(), entry.Line));
            }
        }

        if (file.Dates is not { Count: > 0 })
        {
            Problem(file.LineFor("dates"), "The bank holidays file needs 'dates': a list of { date: YYYY-MM-DD, name: … }.");
        }

        return problems.Count > before
            ? BankHolidays.None
            : new BankHolidays(days, new ContactLink(file.Source!.Title!.Trim(), file.Source.Url), checkedOn, file.Source.Unconfirmed, file.LineFor("source"), file.LineFor("dates"));
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed class FileYaml : YamlMapping
    {
        public SourceYaml? Source { get; set; }
        public string? Checked { get; set; }
        public List<DateYaml>? Dates { get; set; }
    }

    private sealed class SourceYaml
    {
        public string? Title { get; set; }
        public string? Url { get; set; }
        public bool Unconfirmed { get; set; }
    }

    private sealed class DateYaml : YamlMapping
    {
        public string? Date { get; set; }
        public string? Name { get; set; }
    }
}
