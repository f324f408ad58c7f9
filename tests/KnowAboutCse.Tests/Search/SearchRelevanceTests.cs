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

        // Anyone.
        { "phone numbers", "/get-help" },
        { "which council do i contact", "/get-help/who-to-contact" },
        { "exit button", "/staying-safe-online" },
        { "clear browsing history", "/staying-safe-online" },
        { "cookies", "/privacy" },
        { "screen reader", "/accessibility" },
        { "newsletter for parents", "/schools" },
    };

    [Theory]
    [MemberData(nameof(RealisticQueries))]
    public void Search_RealisticQuery_FindsThePageInTheTopThree(string query, string expected)
    {
        var top = Index.Search(query).Select(h => h.Page.Url).ToList();

        Assert.True(top.Take(3).Contains(expected), $"'{query}': expected {expected} in the top 3, got {string.Join(", ", top.Take(5))}");
    }
}
