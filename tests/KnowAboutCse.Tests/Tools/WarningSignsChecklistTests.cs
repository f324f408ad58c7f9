using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

public sealed class WarningSignsChecklistTests
{
    private static readonly WarningSignGroup[] Groups =
    [
        new("behaviour", "Behaviour", [new("secretive", "Secretive", "May be told to keep secrets."), new("tired", "Tired", "Out late.")]),
        new("online", "Online", [new("calls", "Odd calls", "Contact from strangers."), new("online-more", "Online more", "Being contacted.")]),
    ];

    [Theory]
    [InlineData(new string[0], SignCount.None)]
    [InlineData(new[] { "tired" }, SignCount.One)]
    [InlineData(new[] { "tired", "calls" }, SignCount.Some)]
    [InlineData(new[] { "tired", "calls", "secretive" }, SignCount.Several)]
    [InlineData(new[] { "tired", "calls", "secretive", "online-more" }, SignCount.Several)]
    public void Assess_CountsTheSignsTicked(string[] ticked, SignCount expected)
    {
        Assert.Equal(expected, WarningSignsChecklist.Assess(Groups, ticked).Count);
    }

    [Fact]
    public void Assess_UnknownIds_AreIgnored()
    {
        var result = WarningSignsChecklist.Assess(Groups, ["calls", "made-up", "<script>"]);

        Assert.Equal("calls", Assert.Single(result.Ticked).Id);
        Assert.Equal(SignCount.One, result.Count);
    }

    [Fact]
    public void Assess_TickedSigns_KeepTheChecklistOrder()
    {
        var result = WarningSignsChecklist.Assess(Groups, ["online-more", "secretive"]);

        Assert.Equal(["secretive", "online-more"], result.Ticked.Select(s => s.Id));
    }
}
