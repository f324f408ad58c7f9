using System.Globalization;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Site;

namespace KnowAboutCse.Web.Content.Review;

/// <summary>
/// <c>dotnet run --project src/KnowAboutCse.Web -- review-pack OUT.html [options]</c>: writes the
/// <see cref="ReviewPack"/>. Exit code 0 when written, 1 when the content is broken (every problem
/// is printed), 2 when the arguments are wrong.
/// </summary>
public static class ReviewPackCommand
{
    public const string Name = "review-pack";

    private const string Usage =
        "usage: review-pack OUT.html [--content PATH] [--today YYYY-MM-DD] [--public-base-url URL] [--page-review-days N] [--contact-check-days N]";

    public static int Run(string[] args, TextWriter output, TimeProvider clock)
    {
        var path = Environment.GetEnvironmentVariable("Content__Path") ?? "content";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var periods = new ReviewPeriods();
        var site = new SiteOptions();
        string? target = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--content":
                        path = Next();
                        break;
                    case "--today":
                        today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        break;
                    case "--public-base-url":
                        site.PublicBaseUrl = Uri.TryCreate(Next(), UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
                            ? url.GetLeftPart(UriPartial.Authority)
                            : throw new FormatException("--public-base-url needs an http(s) address");
                        break;
                    case "--page-review-days":
                        periods = periods with { PageDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case "--contact-check-days":
                        periods = periods with { ContactDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case var option when option.StartsWith('-'):
                        throw new FormatException($"unknown option {option}");
                    case var file when target is null:
                        target = file;
                        break;
                    default:
                        throw new FormatException($"only one output file, please (also given {args[i]})");
                }
            }
            catch (FormatException ex)
            {
                return Fail(output, ex.Message);
            }
        }

        if (target is null)
        {
            return Fail(output, "say where to write the pack, for example review-pack review.html");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        if (!target.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || !Directory.Exists(folder))
        {
            return Fail(output, $"{target}: the output must be an .html file in a folder that exists");
        }

        var root = Path.GetFullPath(path);
        ContentSnapshot snapshot;
        try
        {
            snapshot = ContentLoader.Load(root);
        }
        catch (ContentLoadException ex)
        {
            output.WriteLine($"review-pack: the content in {root} has problems; fix them first.");
            output.WriteLine(ex.Message);
            return 1;
        }

        File.WriteAllText(target, ReviewPack.Build(snapshot, root, today, periods, site));
        output.WriteLine($"Wrote the review pack for {root} as of {today:yyyy-MM-dd} to {Path.GetFullPath(target)}.");
        return 0;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine($"review-pack: {message}");
        output.WriteLine(Usage);
        return 2;
    }
}
