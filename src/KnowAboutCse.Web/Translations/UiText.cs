using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// The layout's words in one language (<c>content/data/strings/CODE.yml</c>): the emergency line, the exit
/// button, navigation, footer, search, the error and home pages, contact cards and opening hours.
/// A key the language's file does not have is shown in English, marked <c>lang</c> by the caller
/// that asks <see cref="IsFallback"/>.
/// </summary>
public sealed partial class UiText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly FrozenDictionary<string, string> own;
    private readonly UiText? english;

    internal UiText(Language language, IReadOnlyDictionary<string, string> own, UiText? english)
    {
        Language = language;
        this.own = own.ToFrozenDictionary(StringComparer.Ordinal);
        this.english = english;
    }

    public Language Language { get; }

    /// <summary>The same words in English: what a translated page's notes repeat, and where missing keys come from.</summary>
    public UiText English => english ?? this;

    /// <summary>The text for <paramref name="key"/> in this language, or in English when this language's file lacks it.</summary>
    /// <exception cref="KeyNotFoundException">For a key not in <see cref="UiKeys.All"/>: a mistake in the code, caught by the tests.</exception>
    public string this[string key] => own.TryGetValue(key, out var text) ? text
        : english is not null ? english[key]
        : throw new KeyNotFoundException($"No string '{key}': add it to UiKeys and to data/strings/en.yml.");

    /// <summary>Whether <paramref name="key"/> is shown in English because this language's file lacks it.</summary>
    public bool IsFallback(string key) => english is not null && !own.ContainsKey(key);

    /// <summary>
    /// The text as HTML for a page's text (not an attribute): encoded, and, when it is English standing in for
    /// a missing translation, in a <c>span</c> marked with English's <c>lang</c>, so a screen reader switches voice.
    /// </summary>
    public string Phrase(string key) => IsFallback(key)
        ? $"<span lang=\"{Encoder.Encode(English.Language.HtmlLang)}\">{Encoder.Encode(this[key])}</span>"
        : Encoder.Encode(this[key]);

    /// <summary>The keys this language's file leaves to English.</summary>
    public IEnumerable<string> MissingKeys => english is null ? [] : UiKeys.All.Where(k => !own.ContainsKey(k));

    /// <summary>The text with each <c>{name}</c> replaced by plain text.</summary>
    public string Text(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(this[key], (text, v) => text.Replace("{" + v.Name + "}", v.Value, StringComparison.Ordinal));

    /// <summary>The text HTML-encoded, with each <c>{name}</c> replaced by HTML given already encoded.</summary>
    public string Html(string key, params (string Name, string Html)[] values) => EncodeAround(this[key], values);

    /// <summary>"28 November 2026", "28 listopada 2026": the language's own month names.</summary>
    public string Date(DateOnly date) =>
        Text("date", ("day", date.Day.ToString(CultureInfo.InvariantCulture)), ("month", this["month_" + date.Month.ToString(CultureInfo.InvariantCulture)]),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A day's name from the strings file.</summary>
    public string DayName(DayOfWeek day) => this[day.ToString().ToLowerInvariant()];

    /// <summary>"8am" and "5:30pm" on a 12-hour clock; "8:00" and "17:30" on a 24-hour one.</summary>
    public string Time(TimeOnly time)
    {
        if (Language.Clock24)
        {
            return time.ToString("H:mm", CultureInfo.InvariantCulture);
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }

    /// <summary>The names in <c>{braces}</c> in a text: a translation must keep exactly the English ones.</summary>
    internal static IReadOnlySet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string EncodeAround(string text, (string Name, string Html)[] values)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            if (values.FirstOrDefault(v => v.Name == m.Groups[1].Value) is not { Html: { } value })
            {
                continue;
            }

            html.Append(Encoder.Encode(text[at..m.Index])).Append(value);
            at = m.Index + m.Length;
        }

        return html.Append(Encoder.Encode(text[at..])).ToString();
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
