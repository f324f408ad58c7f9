using System.Text.RegularExpressions;

namespace KnowAboutCse.Web.Content.Checks;

/// <summary>
/// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
/// 60 or more reads as plain English for about an 11-year-old. No maintained .NET package
/// for this is served here, so the formula and a standard English syllable estimate live
/// here (docs/decisions/0008).
/// </summary>
public static partial class ReadingEase
{
    /// <summary>Below this many words a score says little (one long word can sink it), so none is required.</summary>
    public const int MinimumWords = 100;

    public static int WordCount(string text) => Word().Count(text);

    public static double Score(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return 100;
        }

        var sentences = Math.Max(1, SentenceEnd().Count(text));
        var syllables = words.Sum(Syllables);
        return Math.Round(206.835 - (1.015 * words.Count / sentences) - (84.6 * syllables / words.Count), 1);
    }

    /// <summary>Vowel groups, less silent "e"s; at least one.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        if (w.Length <= 3)
        {
            return 1;
        }

        var count = VowelGroup().Count(w);
        // A final "e" is silent ("make"), except in "-le" ("little", a syllable of its own) and "-ee" ("free").
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal))
        {
            count--;
        }

        if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            // "makes", "liked": the e is usually silent, except after t/d ("wanted") or s/x/z/ch/sh ("wishes").
            var before = w[..^2];
            if (!before.EndsWith('t') && !before.EndsWith('d') && !before.EndsWith('s') && !before.EndsWith('x') && !before.EndsWith('z')
                && !before.EndsWith("ch", StringComparison.Ordinal) && !before.EndsWith("sh", StringComparison.Ordinal))
            {
                count--;
            }
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?:]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
