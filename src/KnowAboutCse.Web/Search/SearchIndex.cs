using System.Net;
using System.Text.RegularExpressions;
using KnowAboutCse.Web.Content;
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

/// <summary>
/// A Lucene index of one content snapshot, in memory: every page's title, summary,
/// headings and body. Built once per snapshot; searching it is thread-safe.
/// </summary>
public sealed partial class SearchIndex
{
    private const string UrlField = "url";
    private const string TitleField = "title";
    private const string DescriptionField = "description";
    private const string HeadingsField = "headings";
    private const string BodyField = "body";
    private const int SnippetLength = 180;

    /// <summary>A word in the title says most about a page; one in the body least.</summary>
    private static readonly (string Field, float Boost)[] Fields =
        [(TitleField, 3f), (HeadingsField, 2f), (DescriptionField, 2.5f), (BodyField, 1f)];

    private static readonly Analyzer IndexAnalyzer = new SearchAnalyzer(null);
    private static readonly Analyzer QueryAnalyzer = new SearchAnalyzer(SearchSynonyms.Build());
    private static readonly Similarity Ranking = new BM25Similarity();

    private readonly ContentSnapshot snapshot;
    private readonly IndexReader reader;
    private readonly IndexSearcher searcher;

    public SearchIndex(ContentSnapshot snapshot)
    {
        this.snapshot = snapshot;
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, IndexAnalyzer) { Similarity = Ranking }))
        {
            foreach (var page in snapshot.AllPages)
            {
                writer.AddDocument(
                [
                    new StringField(UrlField, page.Url, Field.Store.YES),
                    new TextField(TitleField, page.Title, Field.Store.NO),
                    new TextField(DescriptionField, page.Description, Field.Store.NO),
                    new TextField(HeadingsField, string.Join(". ", Headings(page.Html)), Field.Store.NO),
                    new TextField(BodyField, page.PlainText, Field.Store.NO),
                ]);
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = Ranking };
    }

    /// <summary>The best pages for <paramref name="text"/>, most relevant first; empty when nothing matches.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int max = 10)
    {
        var query = BuildQuery(text);
        if (query.Clauses.Count == 0)
        {
            return [];
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

        return hits;
    }

    /// <summary>
    /// One clause per word of the query (its synonyms sharing the word's clause), each
    /// matching any field with the field's weight; a word the site never uses is matched
    /// loosely instead, one or two letters out, so small typing mistakes still find pages.
    /// </summary>
    private BooleanQuery BuildQuery(string text)
    {
        var words = new List<List<(string Term, bool Synonym)>>();
        var phrase = new List<(string Term, int Position)>();
        var position = -1;
        using (var stream = QueryAnalyzer.GetTokenStream(BodyField, text))
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
                    else if (!synonym && term.Length >= 4)
                    {
                        var edits = term.Length >= 7 ? 2 : 1;
                        either.Add(new FuzzyQuery(new Term(field, term), edits, prefixLength: 1) { Boost = boost * 0.6f }, Occur.SHOULD);
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

    private static Highlighter Highlighter(Query rewritten)
    {
        var scorer = new QueryScorer(rewritten, BodyField);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
    }

    /// <summary>The best passage of the body with the matches marked; the page's summary when the body has none.</summary>
    private static string Snippet(Highlighter highlighter, ContentPage page)
    {
        var body = page.PlainText.ReplaceLineEndings(" ");
        var best = highlighter.GetBestFragment(IndexAnalyzer, BodyField, body);
        return string.IsNullOrWhiteSpace(best) ? WebUtility.HtmlEncode(page.Description) : best.Trim() + " …";
    }

    private string SectionName(ContentPage page) =>
        snapshot.FindSection(page.SectionKey)?.NavTitle ?? "About this site";

    private static IEnumerable<string> Headings(string html) =>
        HeadingPattern().Matches(html).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, string.Empty)));

    [GeneratedRegex(@"<h[2-6][^>]*>(.*?)</h[2-6]>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}
