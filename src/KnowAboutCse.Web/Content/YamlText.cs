using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// A YAML mapping read by <see cref="YamlText"/>. The parser tells it the line it starts on and the line
/// of each of its keys, so problems and the review pack can name them.
/// </summary>
internal abstract class YamlMapping
{
    private IReadOnlyDictionary<string, int> keyLines = new Dictionary<string, int>();

    /// <summary>The 1-based line the mapping starts on.</summary>
    [YamlIgnore]
    public int Line { get; private set; } = 1;

    /// <summary>The 1-based line of <paramref name="key"/> (as written, e.g. <c>feedback_email</c>), or null when the mapping does not have it.</summary>
    public int? LineOf(string key) => keyLines.TryGetValue(key, out var line) ? line : null;

    /// <summary>The line to name for a problem with <paramref name="key"/>: the key's, or the mapping's own when it does not have the key.</summary>
    public int LineFor(string key) => LineOf(key) ?? Line;

    internal void Locate(int line, IReadOnlyDictionary<string, int> keys)
    {
        Line = line;
        keyLines = keys;
    }
}

/// <summary>
/// Reads YAML into typed objects, strictly: an unknown key is an error, so a typo
/// in a field name is caught instead of silently ignored. Errors carry the line, and
/// every object that is a <see cref="YamlMapping"/> gets the lines of its start and its keys.
/// </summary>
internal static partial class YamlText
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineRecorder(inner), where => where.InsteadOf<ObjectNodeDeserializer>())
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
    /// file and line. Later problems take their lines from the <see cref="YamlMapping"/>s read.
    /// </summary>
    public static T? ReadFile<T>(string contentRoot, string file, string missingMessage, List<ContentProblem> problems)
        where T : class
    {
        var path = Path.Combine(contentRoot, file);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(file, 1, missingMessage));
            return null;
        }

        var data = Read<T>(File.ReadAllText(path), out var error);
        if (error is { } e)
        {
            problems.Add(new ContentProblem(file, e.Line, e.Message));
        }

        return data;
    }

    private static string Tidy(string message)
    {
        message = LocationPrefix().Replace(message, string.Empty).Trim();

        // YamlDotNet's wording for "a list or mapping where text was expected" names .NET types; say it for an editor.
        return message.StartsWith("No node deserializer", StringComparison.Ordinal)
            ? "expected plain text here. If the text contains : [ ] { } or #, put it in double quotes."
            : message;
    }

    /// <summary>Wraps the object deserialiser: notes where each mapping starts and where each of its keys is, as it is read.</summary>
    private sealed class LineRecorder(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = reader.Current?.Start.Line;
            var keys = typeof(YamlMapping).IsAssignableFrom(expectedType) ? new KeyLineParser(reader) : null;
            if (!inner.Deserialize((IParser?)keys ?? reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }

            if (keys is not null && value is YamlMapping mapping && line is { } start)
            {
                mapping.Locate((int)start, keys.Lines);
            }

            return true;
        }
    }

    /// <summary>
    /// Hands one mapping's events on to the deserialiser reading it, noting the line of each of the mapping's
    /// own keys: the scalars in key place at its top level, not those in its values. A key given twice keeps
    /// its last line, as the deserialiser keeps its last value.
    /// </summary>
    private sealed class KeyLineParser(IParser parser) : IParser
    {
        private int depth;
        private bool atKey;

        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            // The current event is the one being consumed. A key comes next after the mapping's own start, after
            // the end of a value that is a list or mapping, and after a value that is a scalar or an alias.
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    atKey = ++depth == 1;
                    break;
                case MappingEnd or SequenceEnd:
                    atKey = --depth == 1;
                    break;
                case Scalar key when depth == 1 && atKey:
                    Lines[key.Value] = (int)key.Start.Line;
                    atKey = false;
                    break;
                case Scalar or AnchorAlias when depth == 1:
                    atKey = true;
                    break;
            }

            return parser.MoveNext();
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
