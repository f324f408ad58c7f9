using System.Globalization;

namespace KnowAboutCse.Web.Content.Checks;

/// <summary>
/// <c>dotnet run --project src/KnowAboutCse.Web -- check-content [options]</c>: checks the
/// content without starting the site. Exit code 0 when clean, 1 when there are errors (or,
/// with <c>--strict</c>, warnings), 2 when the options are wrong.
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    private const string Usage =
        "usage: check-content [--content PATH] [--strict] [--today YYYY-MM-DD] [--page-review-days N] [--contact-check-days N]";

    public static int Run(string[] args, TextWriter output, TimeProvider clock)
    {
        var path = Environment.GetEnvironmentVariable("Content__Path") ?? "content";
        var strict = false;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var periods = new ReviewPeriods();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--strict":
                        strict = true;
                        break;
                    case "--content":
                        path = Next();
                        break;
                    case "--today":
                        today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        break;
                    case "--page-review-days":
                        periods = periods with { PageDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case "--contact-check-days":
                        periods = periods with { ContactDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    default:
                        throw new FormatException($"unknown option {args[i]}");
                }
            }
            catch (FormatException ex)
            {
                output.WriteLine($"check-content: {ex.Message}");
                output.WriteLine(Usage);
                return 2;
            }
        }

        var root = Path.GetFullPath(path);
        var report = ContentChecker.Check(root, today, periods);
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding);
        }

        if (report.Scores.Count > 0)
        {
            output.WriteLine($"Reading ease (Flesch; {ContentChecker.MinimumReadingEase} or more wanted except on pages for professionals):");
            foreach (var score in report.Scores.OrderBy(s => s.File, StringComparer.Ordinal))
            {
                var note = score.Exception is not null ? $"  (exception: {score.Exception})"
                    : score.Words < ReadingEase.MinimumWords ? $"  (only {score.Words} words: too short to score)"
                    : score.Applies ? string.Empty : "  (for professionals: not required)";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score.Score,5:0.0}  {score.File}{note}"));
            }

            var required = report.Scores.Where(s => s.Applies).Select(s => s.Score).DefaultIfEmpty().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  range on required pages: {required.Min():0.0} to {required.Max():0.0}"));
        }

        output.WriteLine($"Checked {report.PageCount} pages and {report.ContactCount} contacts in {root} as of {today:yyyy-MM-dd}: " +
            $"{report.Errors} error(s), {report.Warnings} warning(s){(strict ? " (strict: warnings count as errors)" : string.Empty)}.");
        return report.Errors > 0 || (strict && report.Warnings > 0) ? 1 : 0;
    }
}
