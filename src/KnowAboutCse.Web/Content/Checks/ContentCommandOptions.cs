using System.Globalization;

namespace KnowAboutCse.Web.Content.Checks;

/// <summary>
/// The options <c>check-content</c> and <c>review-pack</c> share: <c>--content PATH</c>,
/// <c>--today YYYY-MM-DD</c>, <c>--page-review-days N</c> and <c>--contact-check-days N</c>.
/// A command handles its own options and plain arguments through <c>other</c>.
/// </summary>
public sealed class ContentCommandOptions
{
    private ContentCommandOptions(DateOnly today) => Today = today;

    /// <summary>The content folder: <c>Content__Path</c>, else <c>content</c> in the current folder.</summary>
    public string ContentPath { get; private set; } = Environment.GetEnvironmentVariable("Content__Path") ?? "content";

    public DateOnly Today { get; private set; }

    public ReviewPeriods Periods { get; private set; } = new();

    /// <summary>
    /// Reads <paramref name="args"/>. <paramref name="other"/> is given each argument it does not
    /// know and a function that takes the next one as its value; it returns false for an argument
    /// it does not know either. Throws <see cref="FormatException"/> with a message for the user.
    /// </summary>
    public static ContentCommandOptions Parse(string[] args, TimeProvider clock, Func<string, Func<string>, bool> other)
    {
        var options = new ContentCommandOptions(DateOnly.FromDateTime(clock.GetLocalNow().Date));
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--content":
                    options.ContentPath = Next();
                    break;
                case "--today":
                    options.Today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "--page-review-days":
                    options.Periods = options.Periods with { PageDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                    break;
                case "--contact-check-days":
                    options.Periods = options.Periods with { ContactDays = int.Parse(Next(), CultureInfo.InvariantCulture) };
                    break;
                case var arg when !other(arg, Next):
                    throw new FormatException(arg.StartsWith('-') ? $"unknown option {arg}" : $"unexpected argument {arg}");
            }
        }

        return options;
    }
}
