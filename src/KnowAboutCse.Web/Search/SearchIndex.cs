using System.Net;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Translations;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KnowAboutCse.Web.Search;

/// <summary>One search result: the page, the name of its section, and a snippet of HTML-encoded text with the matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(ContentPage Page, string SectionName, string SnippetHtml);

/// <summary>What a search found, and the words it searched for instead of typing mistakes (null when none were corrected).</summary>
public sealed record SearchResults(string? Corrected, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// A Lucene index of one content snapshot, in memory: every page's title, summary,
/// headings and body. Built once per snapshot; searching it is thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The index, its reader and its query analyser live exactly as long as their content snapshot, which requests may hold after a reload; all are in-memory and left to the GC with it.")]
public sealed partial class SearchIndex
{
    private const string UrlField = "url";
    private const string TitleField = "title";
    private const string DescriptionField = "description";
    private const string HeadingsField = "headings";
    private const string BodyField = "body";

    /// <summary>Every word of the page, unstemmed, for matching words typed with a mistake.</summary>
    private const string WordsField = "words";
    private const int SnippetLength = 180;

    /// <summary>A word in the title says most about a page; one in the body least.</summary>
    /// <summary>The weight of pages in sections kept out of the top bar (Easy Read, children) against a standard page's 1.</summary>
    private const float OutOfMenuWeight = 0.35f;

    private static readonly (string Field, float Boost)[] Fields =
        [(TitleField, 3f), (HeadingsField, 2f), (DescriptionField, 2.5f), (BodyField, 1f)];

    private static readonly Analyzer StemmedAnalyzer = new SearchAnalyzer(null);
    private static readonly Analyzer WholeWordAnalyzer = new SearchAnalyzer(null, stem: false);
    private static readonly Analyzer IndexAnalyzer = new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(
        StemmedAnalyzer, new Dictionary<string, Analyzer> { [WordsField] = WholeWordAnalyzer });

    /// <summary>Translations: words and lower case only, as no stemmer or stop list for Polish or Urdu is available here.</summary>
    private static readonly Analyzer PlainAnalyzer = new PlainWordsAnalyzer();
    private static readonly Similarity Ranking = new BM25Similarity();

    private readonly ContentSnapshot snapshot;
    private readonly Language language;
    private readonly Analyzer queryAnalyzer;
    private readonly Analyzer bodyAnalyzer;
    private readonly Analyzer wholeWordAnalyzer;
    private readonly IndexReader reader;
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<(string Word, int Pages)> vocabulary;

    /// <param name="language">Whose pages to search: English (the default) or one translation's.</param>
    public SearchIndex(ContentSnapshot snapshot, Language? language = null)
    {
        this.snapshot = snapshot;
        this.language = language ?? snapshot.Languages.English.Language;
        var english = this.language.IsEnglish;
        queryAnalyzer = english ? new SearchAnalyzer(snapshot.Synonyms.Map) : PlainAnalyzer;
        bodyAnalyzer = english ? StemmedAnalyzer : PlainAnalyzer;
        wholeWordAnalyzer = english ? WholeWordAnalyzer : PlainAnalyzer;
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, english ? IndexAnalyzer : PlainAnalyzer) { Similarity = Ranking }))
        {
            foreach (var page in english ? snapshot.AllPages : snapshot.Languages.PagesIn(this.language))
            {
                // A tool's form is in English: its words help English searches only.
                var body = page.Tool is { } tool && english ? page.PlainText + "\n" + snapshot.Tools.FormWords(tool) : page.PlainText;
                // The Easy Read and children's pages are short (which lifts a page in Lucene's ranking) and say
                // again what standard pages say, and their readers are sent to them by links: a standard page
                // that matches as well comes first (decision 0019).
                var weight = snapshot.FindSection(page.SectionKey) is { InMainMenu: false } ? OutOfMenuWeight : 1f;
                writer.AddDocument(
                [
                    new StringField(UrlField, page.Url, Field.Store.YES),
                    // The short title is what menus call the page, so what people call it too.
                    new TextField(TitleField, page.NavTitle == page.Title ? page.Title : $"{page.Title}. {page.NavTitle}", Field.Store.NO) { Boost = weight },
                    new TextField(DescriptionField, page.Description, Field.Store.NO) { Boost = weight },
                    new TextField(HeadingsField, string.Join(". ", Headings(page.Html)), Field.Store.NO) { Boost = weight },
                    new TextField(BodyField, body, Field.Store.NO) { Boost = weight },
                    new TextField(WordsField, $"{page.Title}. {page.NavTitle}. {page.Description}. {body}", Field.Store.NO) { Boost = weight },
                ]);
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = Ranking };

        // Null when there are no pages at all.
        var terms = MultiFields.GetTerms(reader, WordsField)?.GetEnumerator();
        var words = new List<(string, int)>();
        while (terms is not null && terms.MoveNext())
        {
            words.Add((terms.Term.Utf8ToString(), terms.DocFreq));
        }

        vocabulary = words;
    }

    /// <summary>
    /// The query with each word the site never uses replaced by the closest word it does use
    /// (one letter out for short words, two for words of eight letters or more; a swap of two
    /// letters counts as one), or null when nothing needed correcting. The closest word wins
    /// over a more common one further away: "childine" is Childline, not "children".
    /// </summary>
    public string? Correct(string text)
    {
        var words = WholeWords(text);
        var changed = false;
        for (var i = 0; i < words.Count && i < 30; i++)
        {
            var word = words[i];
            if (word.Length < 4 || word.Any(char.IsDigit) || (language.IsEnglish && snapshot.Synonyms.Words.Contains(word)) || reader.DocFreq(new Term(WordsField, word)) > 0)
            {
                continue;
            }

            var allowed = word.Length >= 8 ? 2 : 1;
            var best = vocabulary
                .Where(v => v.Word[0] == word[0] && Math.Abs(v.Word.Length - word.Length) <= allowed)
                .Select(v => (v.Word, v.Pages, Distance: EditDistance(word, v.Word, allowed)))
                .Where(v => v.Distance <= allowed)
                .OrderBy(v => v.Distance).ThenByDescending(v => v.Pages).ThenBy(v => v.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is not null)
            {
                words[i] = best.Word;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>Optimal string alignment distance (insert, delete, replace, swap neighbours), giving up past <paramref name="limit"/>.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, d[i, j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The best pages for <paramref name="text"/>, most relevant first (none when nothing matches),
    /// searched with its typing mistakes corrected, and the corrected words when there were any.
    /// </summary>
    public SearchResults Search(string text, int max = 10)
    {
        var corrected = Correct(text);
        var query = BuildQuery(corrected ?? text);
        if (query.Clauses.Count == 0)
        {
            return new SearchResults(corrected, []);
        }

        var top = searcher.Search(query, max);
        var highlighter = Highlighter(searcher.Rewrite(query));
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            if (snapshot.FindPage(searcher.Doc(scoreDoc.Doc).Get(UrlField, System.Globalization.CultureInfo.InvariantCulture)) is { } page)
            {
                hits.Add(new SearchHit(page, SectionName(page), Snippet(highlighter, page)));
            }
        }

        return new SearchResults(corrected, hits);
    }

    /// <summary>
    /// One clause per word of the query (its synonyms sharing the word's clause, at half
    /// weight), each matching any field with the field's weight, and the words near each
    /// other as a bonus. Typing mistakes are corrected before this (<see cref="Correct"/>).
    /// </summary>
    private BooleanQuery BuildQuery(string text)
    {
        var words = new List<List<(string Term, bool Synonym)>>();
        var phrase = new List<(string Term, int Position)>();
        var position = -1;
        using (var stream = queryAnalyzer.GetTokenStream(BodyField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || words.Count == 0)
                {
                    words.Add([]);
                    position += Math.Max(1, increment.PositionIncrement);
                }

                var synonym = type.Type == Lucene.Net.Analysis.Synonym.SynonymFilter.TYPE_SYNONYM;
                words[^1].Add((term.ToString(), synonym));
                if (!synonym)
                {
                    phrase.Add((term.ToString(), position));
                }
            }

            stream.End();
        }

        var query = new BooleanQuery();
        foreach (var word in words.Take(30))
        {
            var either = new BooleanQuery();
            foreach (var (term, synonym) in word.Distinct())
            {
                var known = Fields.Any(f => reader.DocFreq(new Term(f.Field, term)) > 0);
                foreach (var (field, boost) in Fields)
                {
                    if (known)
                    {
                        either.Add(new TermQuery(new Term(field, term)) { Boost = boost * (synonym ? 0.5f : 1f) }, Occur.SHOULD);
                    }
                }
            }

            if (either.Clauses.Count > 0)
            {
                query.Add(either, Occur.SHOULD);
            }
        }

        // Words near each other, as typed, say more than the same words scattered over a page.
        if (phrase.Count > 1 && phrase.Count <= 30)
        {
            foreach (var (field, boost) in Fields)
            {
                var near = new PhraseQuery { Slop = 3, Boost = boost };
                foreach (var (term, at) in phrase)
                {
                    near.Add(new Term(field, term), at);
                }

                query.Add(near, Occur.SHOULD);
            }
        }

        return query;
    }

    private List<string> WholeWords(string text)
    {
        var words = new List<string>();
        using var stream = wholeWordAnalyzer.GetTokenStream(WordsField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static Highlighter Highlighter(Query rewritten)
    {
        var scorer = new QueryScorer(rewritten, BodyField);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            // Plain fixed-size passages: the span fragmenter grows a passage to hold a whole loose phrase match.
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
    }

    /// <summary>The best passage of the body with the matches marked; the page's summary when the body has none.</summary>
    private string Snippet(Highlighter highlighter, ContentPage page)
    {
        var best = highlighter.GetBestFragment(bodyAnalyzer, BodyField, page.PlainText.ReplaceLineEndings(" "));
        return string.IsNullOrWhiteSpace(best)
            ? WebUtility.HtmlEncode(page.Description)
            : LeadingPunctuation().Replace(best, string.Empty).Trim() + " …";
    }

    private string SectionName(ContentPage page) =>
        snapshot.SectionOf(page)?.NavTitle ?? snapshot.Languages.Words(language.Code)["search_site_pages"];

    private static IEnumerable<string> Headings(string html) =>
        HeadingPattern().Matches(html).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, string.Empty)));

    [GeneratedRegex(@"<h[2-6][^>]*>(.*?)</h[2-6]>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    /// <summary>A passage can start just after a sentence: drop the stray end of the one before (encoded quotes included).</summary>
    [GeneratedRegex(@"^(?:[\s.,;:!?)\]]|&quot;|&#x27;|&#39;)+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}
