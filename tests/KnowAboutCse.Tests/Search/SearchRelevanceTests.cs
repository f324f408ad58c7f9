using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Search;

namespace KnowAboutCse.Tests.Search;

/// <summary>
/// Real questions from the people this site is for, against the real content: the page a
/// person needs must be in the first three results. Queries are in British English as typed,
/// with their typos; each expectation was chosen by reading the pages, not by running search.
/// </summary>
public sealed class SearchRelevanceTests
{
    private static readonly SearchIndex Index = new(ContentLoader.Load(RepoPaths.Content));

    public static TheoryData<string, string> RealisticQueries() => new()
    {
        // A young person, frightened, typing a whole question.
        { "is it normal for an older friend to buy me things", "/youngpeople/healthy-relationships" },
        { "someone online wants me to send nudes", "/youngpeople/sharing-images" },
        { "my photo has been shared", "/youngpeople/sharing-images" },
        { "someone is threatening to share my pictures", "/youngpeople/sharing-images" },
        { "how do i know if someone online is fake", "/youngpeople/online-safety" },
        { "i think my friend is being groomed", "/youngpeople/worried-about-a-friend" },
        { "will i get in trouble if i tell", "/youngpeople/what-happens-if-you-tell" },
        { "who can i talk to", "/youngpeople/getting-help" },
        { "is my relationship healthy", "/youngpeople/relationship-check" },
        { "am i being exploited", "/youngpeople/signs-of-exploitation" },
        { "childline number", "/youngpeople/getting-help" },
        { "county lines", "/youngpeople/criminal-exploitation" },
        { "someone wants me to carry drugs", "/youngpeople/criminal-exploitation" },
        { "they say i owe them", "/youngpeople/criminal-exploitation" },
        { "sextortion", "/youngpeople/blackmail-over-pictures" },
        { "someone is blackmailing me", "/youngpeople/blackmail-over-pictures" },
        { "they want money or they will share my nudes", "/youngpeople/blackmail-over-pictures" },
        { "im gay and someone is threatening to out me", "/youngpeople/it-can-happen-to-anyone" },
        { "does this happen to boys", "/youngpeople/it-can-happen-to-anyone" },
        { "learning disability", "/youngpeople/it-can-happen-to-anyone" },
        { "someone my age at school", "/youngpeople/people-your-own-age" },
        { "im deaf", "/youngpeople/help-without-talking" },
        { "can't talk", "/youngpeople/help-without-talking" },
        { "will childline tell my parents", "/youngpeople/who-keeps-it-private" },
        { "is it confidential", "/youngpeople/who-keeps-it-private" },
        { "what happens if i tell a teacher", "/youngpeople/what-happens-if-you-tell" },
        { "how do i tell my mum", "/youngpeople/help-me-say-it" },
        { "my friend made me promise not to tell", "/youngpeople/worried-about-a-friend" },
        { "i can't talk on the phone", "/youngpeople/help-without-talking" },

        // A parent or carer.
        { "sexting", "/parents/talking-to-your-child" },
        { "what is cse", "/parents/what-is-cse" },
        { "warning signs of grooming", "/parents/warning-signs" },
        { "my daughter has an expensive new phone", "/parents/warning-signs" },
        { "son going missing and coming home late", "/parents/warning-signs" },
        { "how to talk to my child about relationships", "/parents/talking-to-your-child" },
        { "parental controls and privacy settings", "/parents/keeping-children-safe-online" },
        { "who do i call in stoke-on-trent", "/parents/what-to-do" },
        { "what happens after i report", "/parents/after-you-report" },
        { "checklist", "/parents/warning-signs-checklist" },
        { "easy read", "/easy-read" }, // pages out of the top bar weigh less, but are still found by their own words
        { "secrets and surprises", "/children/secrets-and-surprises" },
        { "pants rule", "/children/your-body" },
        { "my son is being blackmailed", "/parents/if-your-child-is-blackmailed" },
        { "why didn't my child tell me", "/parents/support-for-you" },
        { "return home interview", "/parents/support-for-you" },
        { "child abduction warning notice", "/parents/support-for-you" },
        { "my daughter was raped", "/parents/after-a-sexual-assault" },
        { "arrested for drugs in another town", "/parents/warning-signs" },
        { "what should i write down", "/parents/keep-a-record" },

        // Anyone.
        { "phone numbers", "/get-help" },
        { "which council do i contact", "/get-help/who-to-contact" },
        { "exit button", "/staying-safe-online" },
        { "clear browsing history", "/staying-safe-online" },
        { "cookies", "/privacy" },
        { "screen reader", "/accessibility" },
        { "newsletter for parents", "/schools/using-the-kit" },
        { "taxi driver", "/spotting-exploitation-at-work" },
        { "hotel staff", "/spotting-exploitation-at-work" },
    };

    [Theory]
    [MemberData(nameof(RealisticQueries))]
    public void Search_RealisticQuery_FindsThePageInTheTopThree(string query, string expected)
    {
        var top = Index.Search(query).Hits.Select(h => h.Page.Url).ToList();

        Assert.True(top.Take(3).Contains(expected), $"'{query}': expected {expected} in the top 3, got {string.Join(", ", top.Take(5))}");
    }

    public static TheoryData<string, string> Typos() => new()
    {
        { "groomming", "/parents/what-is-cse" },
        { "sextng", "/parents/talking-to-your-child" },
        { "exploitaton", "/parents/what-is-cse" },
        { "childine", "/youngpeople/getting-help" },
        { "warnign signs", "/parents/warning-signs" },
        { "relationshp check", "/youngpeople/relationship-check" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void Search_SmallTypingMistake_StillFindsThePage(string query, string expected)
    {
        var top = Index.Search(query).Hits.Select(h => h.Page.Url).ToList();

        Assert.True(top.Take(3).Contains(expected), $"'{query}': expected {expected} in the top 3, got {string.Join(", ", top.Take(5))}");
    }

    [Theory]
    [InlineData("childine", "childline")]
    [InlineData("warnign signs", "warning signs")]
    [InlineData("groomng", "grooming")]
    public void Correct_WordTheSiteNeverUses_BecomesTheClosestWordItDoes(string typed, string corrected) =>
        Assert.Equal(corrected, Index.Correct(typed));

    [Theory]
    [InlineData("grooming")]
    [InlineData("pics")]
    [InlineData("999")]
    public void Correct_KnownWord_IsLeftAlone(string typed) => Assert.Null(Index.Correct(typed));

    /// <summary>The searched word is one the page itself never uses: only the synonym list can find it there.</summary>
    public static TheoryData<string, string> Synonyms() => new()
    {
        { "boyfriend", "/youngpeople/healthy-relationships" },
        { "pics", "/youngpeople/sharing-images" },
        { "blackmail", "/youngpeople/sharing-images" },
        { "presents", "/youngpeople/online-safety" },
        { "internet", "/youngpeople/online-safety" },
        { "groomer", "/parents/what-is-cse" },
    };

    [Theory]
    [MemberData(nameof(Synonyms))]
    public void Search_Synonym_FindsPagesThatUseAnotherWord(string query, string expected)
    {
        var page = ContentLoader.Load(RepoPaths.Content).FindPage(expected)!;
        Assert.DoesNotContain(query, $"{page.Title} {page.Description} {page.PlainText}", StringComparison.OrdinalIgnoreCase);

        var top = Index.Search(query).Hits.Select(h => h.Page.Url).ToList();

        Assert.True(top.Take(3).Contains(expected), $"'{query}': expected {expected} in the top 3, got {string.Join(", ", top.Take(5))}");
    }

    [Fact]
    public void Search_Result_NamesTheSectionAndMarksTheWordsInTheSnippet()
    {
        var hit = Index.Search("warning signs").Hits.First(h => h.Page.Url == "/parents/warning-signs");

        Assert.Equal("Parents and carers", hit.SectionName);
        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
        var withoutMarks = hit.SnippetHtml.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
    }

    [Theory]
    [InlineData("asdfghjkl qwertyuiop")]
    [InlineData("the and of")]
    [InlineData("\"\"\" *** ((( ")]
    public void Search_NothingToMatch_ReturnsNoResultsWithoutFailing(string query) => Assert.Empty(Index.Search(query).Hits);

    [Fact]
    public void Search_QueryWithMarkup_IsNeverEchoedAsMarkup()
    {
        var hits = Index.Search("<script>alert(1)</script> <b>scripts</b>").Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        Assert.All(hits, h => Assert.DoesNotContain("<b>", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
    }
}
