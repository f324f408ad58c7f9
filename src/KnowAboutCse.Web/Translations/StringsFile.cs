using System.Collections.Frozen;
using KnowAboutCse.Web.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// Reads one strings file (<c>data/strings/CODE.yml</c>): a flat list of <c>key: text</c>. An unknown
/// key, text that is not plain text, or a translation that drops or adds a <c>{placeholder}</c> of the
/// English text stops start-up, naming the file and line.
/// </summary>
internal static class StringsFile
{
    private static readonly FrozenSet<string> Known = UiKeys.All.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The file's keys and texts, and the line of each key; null when the file is missing or is not YAML.</summary>
    public static (Dictionary<string, string> Texts, Dictionary<string, int> Lines)? Load(
        string contentRoot, string file, Language language, UiText? english, List<ContentProblem> problems)
    {
        var path = Path.Combine(contentRoot, file);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(LanguagesFile.RelativePath, 1, $"The strings file {file} for {language.EnglishName} is missing."));
            return null;
        }

        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new LineTrackingParser(new Parser(reader));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(file, (int)Math.Max(1, ex.Start.Line), "YAML: " + (ex.InnerException?.Message ?? ex.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no position, for some unclosed brackets: name the line after the last one read.
            problems.Add(new ContentProblem(file, parser.LastLine + 1, "YAML: this line could not be read. If the text contains : [ ] { } or #, put it in double quotes."));
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return (texts, lines);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new ContentProblem(file, 1, "A strings file is a list of 'key: text' lines."));
            return null;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Known.Contains(key))
            {
                problems.Add(new ContentProblem(file, line, $"Unknown key '{key}': the site uses only the keys of the English strings file (UiKeys in the code)."));
                continue;
            }

            seen.Add(key);

            if (valueNode is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new ContentProblem(file, line, $"'{key}' needs its text, on the same line. If the text contains : [ ] {{ }} or #, put it in double quotes."));
                continue;
            }

            if (english is not null && !UiText.Placeholders(text).SetEquals(UiText.Placeholders(english[key])))
            {
                var wanted = UiText.Placeholders(english[key]);
                problems.Add(new ContentProblem(file, line, wanted.Count == 0
                    ? $"'{key}' must have no {{…}} words: the English text has none."
                    : $"'{key}' must keep exactly these words in braces, as the English text does: {string.Join(", ", wanted.Order().Select(w => "{" + w + "}"))}."));
                continue;
            }

            texts[key] = text;
            lines[key] = line;
        }

        if (english is null)
        {
            foreach (var missing in UiKeys.All.Where(k => !seen.Contains(k)))
            {
                problems.Add(new ContentProblem(file, 1, $"The English strings need '{missing}': the site shows it."));
            }
        }

        return (texts, lines);
    }

    /// <summary>Passes the parser's events on, remembering the last line one ended on.</summary>
    private sealed class LineTrackingParser(IParser parser) : IParser
    {
        public int LastLine { get; private set; }

        public YamlDotNet.Core.Events.ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            LastLine = (int)(parser.Current?.End.Line ?? LastLine);
            return parser.MoveNext();
        }
    }
}
