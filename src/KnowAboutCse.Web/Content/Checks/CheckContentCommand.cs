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
        var strict = false;
        ContentCommandOptions options;
        try
        {
            options = ContentCommandOptions.Parse(args, clock, (arg, _) => arg == "--strict" && (strict = true));
        }
        catch (FormatException ex)
        {
            output.WriteLine($"check-content: {ex.Message}");
            output.WriteLine(Usage);
            return 2;
        }

        var (today, periods) = (options.Today, options.Periods);
        var root = Path.GetFullPath(options.ContentPath);
        var report = ContentChecker.Check(root, today, periods);
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding);
        }

        if (report.Scores.Count > 0)
        {
            var floors = string.Join("", ContentChecker.SectionReadingEase.Select(f => $", {f.Value} on {f.Key}"));
            output.WriteLine($"Reading ease (Flesch; {ContentChecker.MinimumReadingEase} or more wanted{floors}; not required on pages for professionals):");
            foreach (var score in report.Scores.OrderBy(s => s.File, StringComparer.Ordinal))
            {
                var note = score.Exception is not null ? $"  (exception: {score.Exception})"
                    : score.Words < ReadingEase.MinimumWords ? $"  (only {score.Words} words: too short to score)"
                    : score.Target is { } target ? string.Create(CultureInfo.InvariantCulture, $"  (needs {target})") : "  (for professionals: not required)";
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
