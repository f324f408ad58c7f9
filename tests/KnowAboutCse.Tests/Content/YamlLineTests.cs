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
    public void Read_AMappingKnowsTheLineOfEachOfItsOwnKeys_NotOfTheSameWordsInItsValues()
    {
        const string yaml = """
            # name: a comment
            name: The name
            text: |
              name: words in a block of text
            items:
              - name: an item's own key
                text: { name: a flow mapping }
              - text: "name: quoted"
            text: Given twice, the last one counts
            """;

        var read = YamlText.Read<Outer>(yaml, out var error);

        Assert.Null(error);
        Assert.Equal((2, 9, 5, (int?)null), (read!.LineOf("name"), read.LineOf("text"), read.LineOf("items"), read.LineOf("title")));
        Assert.Equal("Given twice, the last one counts", read.Text);
        Assert.Equal([(6, 6, 7), (8, 8, 8)], read.Items!.Select(i => (i.Line, i.LineFor("name"), i.LineFor("text"))));
    }

    [Fact]
    public void Load_BadReviewedDate_IsAtTheReviewedKey_NotAtADescriptionLineThatSaysReviewed()
    {
        using var folder = TinySite.Create().Write("parents/dated.md", PageSayingReviewed("28 November 2026"));

        var problem = folder.SingleLoadProblem();

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

        var problem = folder.SingleLoadProblem();

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

    [Fact]
    public void Check_EmptyFeedbackAddress_IsWarnedAtItsKey_NotAtTheCommentThatNamesIt()
    {
        using var folder = TinySite.Create();
        folder.Write("data/site.yml", folder.Read("data/site.yml") + "feedback_email:\n");

        var finding = Assert.Single(ContentChecker.Check(folder.Path, ReviewDay, new ReviewPeriods()).Findings, f => f.File == SiteInfo.RelativePath);

        Assert.Equal(folder.LineOf(SiteInfo.RelativePath, "feedback_email:"), finding.Line);
    }

    [Fact]
    public void Check_NoFeedbackAddress_IsWarnedAtTheFilesFirstLine_NotAtTheCommentedExample()
    {
        using var folder = TinySite.Create();
        Assert.Contains("#   feedback_email:", folder.Read(SiteInfo.RelativePath), StringComparison.Ordinal);

        var finding = Assert.Single(ContentChecker.Check(folder.Path, ReviewDay, new ReviewPeriods()).Findings, f => f.File == SiteInfo.RelativePath);

        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void Load_SiteFileWithABadDateInAFlowMapping_IsAtThatLine()
    {
        using var folder = TinySite.Create().Replace(SiteInfo.RelativePath,
            "accessibility:\n  # When the accessibility statement was first written, and when the site was last tested.\n  prepared: 2026-12-02\n  tested: 2026-12-02\n",
            "accessibility: { prepared: 2026-12-02, tested: soon }\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal((SiteInfo.RelativePath, folder.LineOf(SiteInfo.RelativePath, "accessibility: { prepared: 2026-12-02, tested: soon }")), (problem.File, problem.Line));
        Assert.Contains("'tested' must be a date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContactWithABadSecondOpeningPeriod_IsAtThatPeriodsDays_NotTheFirstPeriods()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "          - days: [Sat, Sun]\n", "          - days: [Saturday, Sun]\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/contacts.yml", folder.LineOf("data/contacts.yml", "          - days: [Saturday, Sun]")), (problem.File, problem.Line));
        Assert.Contains("days are Mon, Tue", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContactWithABadOpeningTimeInItsSecondPeriod_IsAtThatPeriodsOpens()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "          - days: [Sat, Sun]\n            opens: \"09:00\"\n", "          - days: [Sat, Sun]\n            opens: \"9am\"\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/contacts.yml", folder.LineOf("data/contacts.yml", "            opens: \"9am\"")), (problem.File, problem.Line));
        Assert.Contains("opening times are", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContactWhoseNoteSaysChecked_IsRefusedAtItsCheckedKey()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "    note: You do not have to give your name when you call.\n    source:\n      title: NSPCC, Report abuse\n",
            "    note: |\n      You do not have to give your name.\n      checked: by phone with the helpline.\n    source:\n      title: NSPCC, Report abuse\n")
            .Replace("data/contacts.yml", "report-abuse/\n    checked: 2026-12-02\n\n  - id: childline", "report-abuse/\n    checked: 2 December 2026\n\n  - id: childline");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/contacts.yml", folder.LineOf("data/contacts.yml", "    checked: 2 December 2026")), (problem.File, problem.Line));
        Assert.Contains("Contact 'nspcc': 'checked' must be a date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContactNamingAMissingOutOfHoursContact_IsAtItsOwnKey_NotAtWordsInItsNote()
    {
        using var folder = TinySite.Create().Replace("data/contacts.yml",
            "    out_of_hours: staffordshire-eds\n    note: SCAS replaced the First Response team named in older leaflets.\n",
            "    note: |\n      SCAS replaced the First Response team named in older leaflets.\n      out_of_hours: the Emergency Duty Service.\n    out_of_hours: staffordshire-night\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/contacts.yml", folder.LineOf("data/contacts.yml", "    out_of_hours: staffordshire-night")), (problem.File, problem.Line));
        Assert.Contains("'staffordshire-night', which does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChecklistMissingAResult_IsAtTheResultsKey_NotAtAnEarlierTextThatSaysResults()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/warning-signs.yml",
            "form_intro: \"Tick any signs you have noticed. Your answers are not saved, and nobody else will see them.\"",
            "form_intro: |\n  Tick any signs you have noticed.\n  results: your answers are not saved, and nobody else will see them.");
        var text = folder.Read("data/warning-signs.yml");
        var some = text.IndexOf("  some:\n", StringComparison.Ordinal);
        folder.Write("data/warning-signs.yml", text[..some] + text[text.IndexOf("  none:\n", some, StringComparison.Ordinal)..]);

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/warning-signs.yml", folder.LineOf("data/warning-signs.yml", "results:")), (problem.File, problem.Line));
        Assert.Equal("'results' needs 'some'.", problem.Message);
    }

    private sealed class Outer : YamlMapping
    {
        public string? Name { get; set; }
        public string? Text { get; set; }
        public List<Item>? Items { get; set; }
    }

    private sealed class Item : YamlMapping
    {
        public string? Name { get; set; }
        public object? Text { get; set; }
    }
}
