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
        var site = new SiteOptions();
        string? target = null;
        bool Other(string arg, Func<string> next)
        {
            switch (arg)
            {
                case "--public-base-url":
                    site.PublicBaseUrl = Uri.TryCreate(next(), UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
                        ? url.GetLeftPart(UriPartial.Authority)
                        : throw new FormatException("--public-base-url needs an http(s) address");
                    return true;
                case var option when option.StartsWith('-'):
                    return false;
                case var file when target is null:
                    target = file;
                    return true;
                default:
                    throw new FormatException($"only one output file, please (also given {arg})");
            }
        }

        ContentCommandOptions options;
        try
        {
            options = ContentCommandOptions.Parse(args, clock, Other);
        }
        catch (FormatException ex)
        {
            return Fail(output, ex.Message);
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

        var root = Path.GetFullPath(options.ContentPath);
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

        File.WriteAllText(target, ReviewPack.Build(snapshot, root, options.Today, options.Periods, site));
        output.WriteLine($"Wrote the review pack for {root} as of {options.Today:yyyy-MM-dd} to {Path.GetFullPath(target)}.");
        return 0;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine($"review-pack: {message}");
        output.WriteLine(Usage);
        return 2;
    }
}
