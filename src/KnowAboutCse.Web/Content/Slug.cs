using System.Text.RegularExpressions;

namespace KnowAboutCse.Web.Content;

/// <summary>Lower-case words joined by single hyphens: the only shape a URL segment or id may take.</summary>
internal static partial class Slug
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
