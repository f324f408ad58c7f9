using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using KnowAboutCse.Web.Content;
using Lucene.Net.Util;

namespace KnowAboutCse.Web.Search;

/// <summary>
/// How text becomes search terms: words, lower case, English stop words dropped, Porter stems
/// (so "groomed", "grooming" and "groom" meet). The query side also adds the content's
/// <see cref="SearchSynonyms"/>; the index side does not, so each synonym is weighed once.
/// </summary>
internal sealed class SearchAnalyzer(SynonymMap? synonyms, bool stem = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Lucene's English stop words, and the little words people put round a question.</summary>
    private static readonly CharArraySet StopWords = new(
        Version,
        [.. EnglishAnalyzer.DefaultStopSet.Select(o => o.ToString()!), "i", "im", "i'm", "me", "my", "you", "your", "do", "does", "am", "what", "how", "should", "can", "could", "about", "being", "been", "has", "have", "had"],
        ignoreCase: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, StopWords);
        if (stem)
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// How a translation's text becomes search terms: Unicode words (Polish and Urdu letters
/// included) in lower case, nothing more. Lucene.Net has no Polish stemmer without the Stempel
/// package, which is not available here, and none for Urdu; a plain match is honest, if strict.
/// </summary>
internal sealed class PlainWordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(SearchAnalyzer.Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(SearchAnalyzer.Version, source));
    }
}

/// <summary>
/// Words that mean the same thing to the people who search this site, from
/// <c>content/data/search.yml</c>. Each group is two-way: a search for any of them also
/// finds pages that use another.
/// </summary>
public sealed partial class SearchSynonyms
{
    public const string RelativePath = "data/search.yml";

    private readonly Lazy<SynonymMap?> map;

    public SearchSynonyms(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        Words = groups.SelectMany(g => g).SelectMany(p => p.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        map = new Lazy<SynonymMap?>(() => Build(groups));
    }

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Every word in the groups: known words, so never "corrected" as typing mistakes.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>
    /// The groups as Lucene's synonym map, for the query analyser; null when there are none. Built
    /// with the first search index (in the background after start-up), not while content loads,
    /// so start-up does not wait for Lucene.
    /// </summary>
    internal SynonymMap? Map => map.Value;

    /// <summary>Reads the file; each group needs two or more lower-case words or phrases. Problems name the file and line.</summary>
    public static SearchSynonyms Load(string contentRoot, List<ContentProblem> problems)
    {
        var data = YamlText.ReadFile<SearchFile>(contentRoot, RelativePath, "The search synonyms file is missing.", problems);
        var groups = new List<IReadOnlyList<string>>();
        foreach (var group in data?.Synonyms ?? [])
        {
            var words = (group.Words ?? []).Select(w => w?.Trim() ?? string.Empty).ToList();
            if (words.Count < 2 || words.Any(w => !WordPattern().IsMatch(w)) || words.Distinct(StringComparer.Ordinal).Count() != words.Count)
            {
                problems.Add(new ContentProblem(RelativePath, group.Line,
                    "Each group needs two or more different words or phrases, in lower case (letters, digits, spaces, ' and -)."));
                continue;
            }

            groups.Add(words);
        }

        return new SearchSynonyms(groups);
    }

    private static SynonymMap? Build(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
        {
            foreach (var from in group)
            {
                foreach (var to in group.Where(to => to != from))
                {
                    builder.Add(Phrase(from), Phrase(to), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    private static CharsRef Phrase(string words) => SynonymMap.Builder.Join(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), new CharsRef());

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z0-9'][a-z0-9' -]*$")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    private sealed class SearchFile
    {
        public List<GroupYaml>? Synonyms { get; set; }
    }

    private sealed class GroupYaml : YamlMapping
    {
        public List<string?>? Words { get; set; }
    }
}
