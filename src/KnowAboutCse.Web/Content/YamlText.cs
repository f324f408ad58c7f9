using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Reads YAML into typed objects, strictly: an unknown key is an error, so a typo
/// in a field name is caught instead of silently ignored. Errors carry the line.
/// </summary>
internal static partial class YamlText
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Deserialises <paramref name="yaml"/>; on failure returns the 1-based line within it and a message.</summary>
    public static T? Read<T>(string yaml, out (int Line, string Message)? error)
        where T : class
    {
        try
        {
            error = null;
            return Deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException ex)
        {
            // YamlDotNet wraps the useful message one level down for type errors.
            var message = ex.InnerException is { } inner && inner.Message.Length > 0 ? inner.Message : ex.Message;
            error = ((int)Math.Max(1, ex.Start.Line), "YAML: " + Tidy(message));
            return null;
        }
    }

    /// <summary>
    /// Reads and deserialises a content file; a missing file or bad YAML becomes a problem naming the
    /// file and line. <paramref name="lines"/> is the file's text by line, for locating later problems.
    /// </summary>
    public static T? ReadFile<T>(string contentRoot, string file, string missingMessage, List<ContentProblem> problems, out string[] lines)
        where T : class
    {
        var path = Path.Combine(contentRoot, file);
        lines = [];
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(file, 1, missingMessage));
            return null;
        }

        var text = File.ReadAllText(path);
        lines = text.Split('\n');
        var data = Read<T>(text, out var error);
        if (error is { } e)
        {
            problems.Add(new ContentProblem(file, e.Line, e.Message));
        }

        return data;
    }

    /// <summary>The 1-based line (within <paramref name="lines"/>) where <paramref name="key"/> is set, searching lines [from, to).</summary>
    public static int? LineOfKey(IReadOnlyList<string> lines, string key, int from = 0, int? to = null)
    {
        for (var i = from; i < (to ?? lines.Count); i++)
        {
            var match = KeyPattern().Match(lines[i]);
            if (match.Success && match.Groups["key"].Value == key)
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The 1-based line of the list item <c>- id: ID</c> (quoted or not), or null.</summary>
    public static int? LineOfListItem(IReadOnlyList<string> lines, string? id)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var item = ListItemId().Match(lines[i]);
            if (item.Success && item.Groups["id"].Value == id)
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Tidy(string message)
    {
        message = LocationPrefix().Replace(message, string.Empty).Trim();

        // YamlDotNet's wording for "a list or mapping where text was expected" names .NET types; say it for an editor.
        return message.StartsWith("No node deserializer", StringComparison.Ordinal)
            ? "expected plain text here. If the text contains : [ ] { } or #, put it in double quotes."
            : message;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\s*-\s+id\s*:\s*""?(?<id>[^""\s]*)""?\s*$")]
    private static partial Regex ListItemId();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
