using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Tests.Content;

/// <summary>
/// The line a content problem names comes from the YAML parser: the same key written inside a block
/// of text, in a comment or in an earlier entry never moves it.
/// </summary>
public sealed class YamlLineTests
{
    private static readonly DateOnly ReviewDay = new(2026, 11, 28);

    private static ContentProblem SingleProblem(ContentFolder folder) =>
        Assert.Single(Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path)).Problems);

    /// <summary>A page whose description, a block of text, has a line that reads like a 'reviewed' key.</summary>
    private static string PageSayingReviewed(string reviewed) =>
        $"""
        ---
        # Written with the partnership's parent panel.

        title: Dated
        description: >-
          Says how often the page is
          reviewed: every year.
        order: 3
        reviewed: {reviewed}
        ---

        Text.

        """;

    [Fact]
    public void Load_BadReviewedDate_IsAtTheReviewedKey_NotAtADescriptionLineThatSaysReviewed()
    {
        using var folder = TinySite.Create().Write("parents/dated.md", PageSayingReviewed("28 November 2026"));

        var problem = SingleProblem(folder);

        Assert.Equal(("parents/dated.md", 9), (problem.File, problem.Line));
        Assert.Contains("'reviewed'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownToolBelowCommentsAndABlockOfText_IsAtTheToolKeysFileLine()
    {
        using var folder = TinySite.Create().Write("parents/tool.md", """
            ---
            # Front matter need not start with its keys.

            title: A tool
            description: |
              The page shows the tool
              tool: the warning signs checklist.
            order: 3
            tool: quiz
            reviewed: 2026-11-28
            ---

            Text.

            """);

        var problem = SingleProblem(folder);

        Assert.Equal(("parents/tool.md", 9), (problem.File, problem.Line));
        Assert.Contains("Unknown tool 'quiz'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverduePage_IsWarnedAtItsReviewedKey_NotAtADescriptionLineThatSaysReviewed()
    {
        using var folder = TinySite.Create().Write("parents/dated.md", PageSayingReviewed("2026-11-28"));

        var finding = Assert.Single(
            ContentChecker.Check(folder.Path, ReviewDay.AddDays(366), new ReviewPeriods()).Findings,
            f => f.File == "parents/dated.md" && f.Message.StartsWith("last reviewed", StringComparison.Ordinal));

        Assert.Equal(9, finding.Line);
    }
}
