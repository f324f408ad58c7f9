using System.Runtime.CompilerServices;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Search;

/// <summary>
/// The search index of the content being served. Each snapshot gets its own index, built the
/// first time it is searched (or warmed at start-up), so a content reload is followed at once
/// and an old index is collected with its snapshot.
/// </summary>
public sealed class SiteSearch(ContentStore store)
{
    /// <summary>Longer queries are refused with a message: nobody types 200 characters into a search box.</summary>
    public const int MaxQueryLength = 200;

    // Lazy: the table does not lock while a value is made, and two requests (or the warm-up and a
    // request) arriving together must not build the same index twice.
    // One index per language of each snapshot: English with stemming and synonyms, each translation's
    // pages with plain words (no Polish or Urdu stemmer is available: decision 0018).
    private readonly ConditionalWeakTable<ContentSnapshot, IReadOnlyDictionary<string, Lazy<SearchIndex>>> indexes = [];

    public SearchIndex Current => IndexOf(store.Current);

    public SearchIndex IndexOf(ContentSnapshot snapshot, Language? language = null) =>
        indexes.GetValue(snapshot, s => s.Languages.All.ToDictionary(l => l.Code, l => new Lazy<SearchIndex>(() => new SearchIndex(s, l)), StringComparer.Ordinal))
            [language?.Code ?? Language.EnglishCode].Value;

    /// <summary>Whether a query is one to search for, or why not (in words for the visitor).</summary>
    public static QueryCheck Check(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return QueryCheck.Empty;
        }

        if (query.Length > MaxQueryLength)
        {
            return QueryCheck.TooLong;
        }

        // Control characters, broken UTF-8 (decoded as U+FFFD) or a lone surrogate: not something typed.
        foreach (var rune in query.EnumerateRunes())
        {
            if (rune == System.Text.Rune.ReplacementChar || (System.Text.Rune.IsControl(rune) && !System.Text.Rune.IsWhiteSpace(rune)))
            {
                return QueryCheck.Unreadable;
            }
        }

        return QueryCheck.Ok;
    }
}

public enum QueryCheck
{
    Ok,
    Empty,
    TooLong,
    Unreadable,
}
