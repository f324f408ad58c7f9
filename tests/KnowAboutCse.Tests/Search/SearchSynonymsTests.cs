using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Search;

namespace KnowAboutCse.Tests.Search;

/// <summary>The synonym groups are content (<c>data/search.yml</c>): search uses what the file says, and a bad group stops start-up at its line.</summary>
public sealed class SearchSynonymsTests
{
    private static ContentFolder WithGroomingPage() => TinySite.Create()
        .Write("parents/grooming.md", TinySite.Page("How it starts", 3, "Grooming often starts with gifts and attention."));

    [Fact]
    public void Search_WordOnlyInASynonymGroup_FindsThePageUsingAnotherWordOfTheGroup()
    {
        using var without = WithGroomingPage();
        using var with = WithGroomingPage().Replace(SearchSynonyms.RelativePath, "synonyms:\n", "synonyms:\n  - words: [befriending, grooming]\n");

        Assert.Empty(new SearchIndex(ContentLoader.Load(without.Path)).Search("befriending").Hits);
        Assert.Equal("/parents/grooming", new SearchIndex(ContentLoader.Load(with.Path)).Search("befriending").Hits[0].Page.Url);
    }

    [Theory]
    [InlineData("  - words: [alone]")]
    [InlineData("  - words: [County Lines, drugs]")]
    [InlineData("  - words: [gang, gang]")]
    public void Load_BadGroup_NamesTheFileAndItsLine(string group)
    {
        using var folder = TinySite.Create().Write(SearchSynonyms.RelativePath, $"synonyms:\n  - words: [help, support]\n{group}\n");

        var problem = Assert.Single(Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path)).Problems);

        Assert.Equal((SearchSynonyms.RelativePath, 3), (problem.File, problem.Line));
    }

    [Fact]
    public void Real_HasAGroupForEachWordTheCoverageIssueNames()
    {
        var words = ContentLoader.Load(RepoPaths.Content).Synonyms.Groups.SelectMany(g => g).ToHashSet();

        Assert.Subset(words, new HashSet<string> { "county lines", "blackmail", "sextortion", "want money", "gay", "deaf", "can't talk" });
    }
}
