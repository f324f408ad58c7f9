using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowAboutCse.Web.Search;

/// <summary>
/// How text becomes search terms: words, lower case, English stop words dropped, Porter stems
/// (so "groomed", "grooming" and "groom" meet). The query side also adds the synonyms in
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
/// Words that mean the same thing to the people who search this site. Each group is
/// two-way: a search for any of them also finds pages that use another. Kept short on
/// purpose: a loose synonym (say "friend" for "boyfriend") would bury the right page.
/// </summary>
internal static class SearchSynonyms
{
    public static readonly string[][] Groups =
    [
        ["nudes", "nude", "sexting", "sext", "images", "image", "pictures", "pics", "photos", "selfies", "naked"],
        ["groomed", "grooming", "groom", "groomer"],
        ["online", "internet", "web", "social media", "apps", "gaming", "games"],
        ["older friend", "boyfriend", "girlfriend", "partner", "someone older"],
        ["police", "report", "reporting", "crime"],
        ["gifts", "gift", "presents", "present", "buy", "buys", "bought", "money"],
        ["exploited", "exploitation", "exploiting", "cse", "abuse", "abused"],
        ["worried", "worry", "concerned", "scared", "frightened", "afraid"],
        ["help", "helpline", "support", "advice"],
        ["signs", "sign", "symptoms", "changes"],
        ["blackmail", "blackmailed", "blackmailing", "threaten", "threatening", "threats", "sextortion", "extortion", "want money", "wants money", "asking for money", "pay them"],
        ["county lines", "criminal exploitation", "cce", "drug running", "running drugs", "carry drugs", "carrying drugs", "gang", "gangs", "debt"],
        ["gay", "lesbian", "bisexual", "trans", "transgender", "lgbt", "lgbtq", "queer", "outed", "out me"],
        ["deaf", "hard of hearing", "speech", "can't talk", "cant talk", "cannot talk", "can't speak", "cant speak", "cannot speak", "can't call", "silent", "textphone", "relay"],
        ["boys", "boy", "young men", "lads", "lad"],
        ["disabled", "disability", "disabilities", "learning difficulty", "learning difficulties", "learning disability", "send pupil", "autism", "autistic", "mate crime"],
        ["own age", "same age", "peer", "peers", "classmates", "people my age", "someone my age"],
        ["confidential", "confidentiality", "keep it secret", "tell anyone", "tell my parents", "private"],
        ["rape", "raped", "sexual assault", "sexually assaulted", "assaulted"],
        ["missing", "ran away", "run away", "runaway", "running away", "return home interview"],
        ["school", "teacher", "teachers", "staff"],
        ["mum", "dad", "parent", "parents", "carer", "carers"],
        ["exit", "escape", "leave", "hide"],
        ["history", "browsing", "private"],
    ];

    /// <summary>Every word in the list: known words, so never "corrected" as typing mistakes.</summary>
    public static readonly FrozenSet<string> Words = Groups.SelectMany(g => g).SelectMany(p => p.Split(' ')).ToFrozenSet(StringComparer.Ordinal);

    public static SynonymMap Build()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in Groups)
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

    private static CharsRef Phrase(string words) => SynonymMap.Builder.Join(words.Split(' '), new CharsRef());
}
