using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>The checklist's rules on the real content/data/warning-signs.yml: a serious sign is never played down.</summary>
public sealed class WarningSignsChecklistTests
{
    private static readonly ChecklistData Real = ContentLoader.Load(RepoPaths.Content).Tools.Checklist;

    public static TheoryData<string> SeriousSigns() => [.. Real.Signs.Where(s => s.Serious).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SeriousSigns))]
    public void Assess_AnySeriousSignAlone_IsActNow(string id)
    {
        Assert.Equal(ChecklistBand.Serious, WarningSignsChecklist.Assess(Real, [id]).Band);
    }

    [Fact]
    public void Real_MarksTheSignsSafeguardingGuidanceCallsSeriousAsSerious()
    {
        string[] serious =
        [
            "going-missing", "stays-out-all-night", "picked-up", "older-relationship", "expensive-things", "unexplained-money", "drugs-alcohol",
            "sexual-health", "injuries", "self-harm-mood", "hotels-unknown-addresses", "several-phones", "sexual-pictures",
            "found-far-from-home", // county lines: found or arrested far from home
        ];

        Assert.Equal(serious.Order(), Real.Signs.Where(s => s.Serious).Select(s => s.Id).Order());
    }

    [Fact]
    public void Real_HasTheCoverageIssuesSigns_WithTheFarFromHomeSignAloneActNow()
    {
        var ids = Real.Signs.Select(s => s.Id).ToList();

        Assert.Subset(ids.ToHashSet(), new HashSet<string> { "new-friends", "missing-school", "police-contact", "found-far-from-home" });
        Assert.Equal(ChecklistBand.Serious, WarningSignsChecklist.Assess(Real, ["found-far-from-home"]).Band);
        Assert.Equal(ChecklistBand.Some, WarningSignsChecklist.Assess(Real, ["police-contact"]).Band);
    }

    [Fact]
    public void Assess_OneMildSign_GivesADifferentResultFromOneSeriousSign()
    {
        var mild = WarningSignsChecklist.Assess(Real, ["style-change"]);
        var serious = WarningSignsChecklist.Assess(Real, ["going-missing"]);

        Assert.Equal(ChecklistBand.Some, mild.Band);
        Assert.NotEqual(Real.Results[mild.Band].Heading, Real.Results[serious.Band].Heading);
    }

    [Theory]
    [InlineData("going-missing")]
    [InlineData("stays-out-all-night")]
    public void Assess_MissingOrNotComingHome_PutsTheMissingNowNoticeFirst(string id)
    {
        var result = WarningSignsChecklist.Assess(Real, [id]);

        var notice = Assert.Single(result.Notices);
        Assert.Contains("If your child is missing now", notice.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_MildSignsOnly_HaveNoNotice()
    {
        Assert.Empty(WarningSignsChecklist.Assess(Real, ["style-change", "odd-sleep"]).Notices);
    }

    [Theory]
    [InlineData(new string[0], ChecklistBand.None)]
    [InlineData(new[] { "odd-sleep" }, ChecklistBand.Some)]
    [InlineData(new[] { "odd-sleep", "style-change" }, ChecklistBand.Some)]
    [InlineData(new[] { "odd-sleep", "style-change", "secretive" }, ChecklistBand.Several)]
    [InlineData(new[] { "odd-sleep", "style-change", "secretive", "going-missing" }, ChecklistBand.Serious)]
    public void Assess_MildSigns_BecomeActNowAtTheCountInTheData(string[] ticked, ChecklistBand expected)
    {
        Assert.Equal(3, Real.ActNowSigns);
        Assert.Equal(expected, WarningSignsChecklist.Assess(Real, ticked).Band);
    }

    [Fact]
    public void Assess_UnknownIds_AreIgnored()
    {
        var result = WarningSignsChecklist.Assess(Real, ["odd-sleep", "made-up", "<script>"]);

        Assert.Equal("odd-sleep", Assert.Single(result.Ticked).Id);
    }

    [Fact]
    public void Assess_TickedSigns_ListSeriousOnesFirstThenTheChecklistOrder()
    {
        var result = WarningSignsChecklist.Assess(Real, ["style-change", "secretive", "injuries"]);

        Assert.Equal(["injuries", "secretive", "style-change"], result.Ticked.Select(s => s.Id));
    }
}
