using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

public sealed class RelationshipCheckTests
{
    private static readonly RelationshipQuestion RespectsNo = new("respects-no", "Do they listen when you say no?", Answer.No, 2, "No means no.");
    private static readonly RelationshipQuestion Secret = new("secret", "Do they ask you to keep it secret?", Answer.Yes, 2, "Secrets are a warning sign.");
    private static readonly RelationshipQuestion Gifts = new("gifts", "Do they say you owe them for gifts?", Answer.Yes, 1, "Gifts should be free.");
    private static readonly RelationshipQuestion Threats = new("threats", "Do they threaten you?", Answer.Yes, 3, "Threats are abuse.");
    private static readonly RelationshipQuestion Jealous = new("jealous", "Do they check your phone?", Answer.Yes, 2, "That is controlling.");
    private static readonly RelationshipQuestion[] Questions = [RespectsNo, Secret, Gifts, Threats, Jealous];

    private static RelationshipResult Assess(params (RelationshipQuestion Question, Answer Answer)[] answers) =>
        RelationshipCheck.Assess(Questions, answers.ToDictionary(a => a.Question.Id, a => a.Answer));

    [Fact]
    public void Assess_AllReassuringAnswers_IsGreenWithNoConcerns()
    {
        var result = Assess((RespectsNo, Answer.Yes), (Secret, Answer.No), (Gifts, Answer.No), (Threats, Answer.No), (Jealous, Answer.No));

        Assert.Equal(Band.Green, result.Band);
        Assert.Empty(result.Concerns);
        Assert.Equal((5, 5), (result.Answered, result.Total));
    }

    [Fact]
    public void Assess_OneMildConcern_IsAmberAndExplainsIt()
    {
        var result = Assess((RespectsNo, Answer.Yes), (Gifts, Answer.Yes));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal(Gifts, Assert.Single(result.Concerns).Question);
    }

    [Theory]
    [InlineData(Answer.Yes)]
    [InlineData(Answer.Sometimes)]
    public void Assess_AnySeriousConcern_IsRedEvenIfOnlySometimes(Answer answer)
    {
        var result = Assess((RespectsNo, Answer.Yes), (Threats, answer));

        Assert.Equal(Band.Red, result.Band);
    }

    [Fact]
    public void Assess_ReversedQuestionAnsweredNo_IsAConcern()
    {
        var result = Assess((RespectsNo, Answer.No));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal(RespectsNo, Assert.Single(result.Concerns).Question);
    }

    [Fact]
    public void Assess_ConcernsAddingUpToTheThreshold_IsRed()
    {
        // 2 + 2 + 2 = 6 points: the threshold.
        var result = Assess((RespectsNo, Answer.No), (Secret, Answer.Yes), (Jealous, Answer.Yes));

        Assert.Equal(RelationshipCheck.RedThreshold, 6);
        Assert.Equal(Band.Red, result.Band);
    }

    [Fact]
    public void Assess_ConcernsJustUnderTheThreshold_IsAmber()
    {
        // 2 + 2 + 1 (a "sometimes" on a weight-2 question) = 5 points.
        var result = Assess((RespectsNo, Answer.No), (Secret, Answer.Yes), (Jealous, Answer.Sometimes));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal(3, result.Concerns.Count);
    }

    [Fact]
    public void Assess_PartialAnswers_JudgesOnlyWhatWasAnswered()
    {
        var result = Assess((Secret, Answer.Yes));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal((1, 5), (result.Answered, result.Total));
    }

    [Fact]
    public void Assess_NothingAnswered_HasNoBand()
    {
        var result = Assess();

        Assert.Null(result.Band);
        Assert.Empty(result.Concerns);
    }

    [Fact]
    public void Assess_Concerns_ListTheMostSeriousFirst()
    {
        var result = Assess((Gifts, Answer.Yes), (Threats, Answer.Yes), (Secret, Answer.Yes));

        Assert.Equal([Threats, Secret, Gifts], result.Concerns.Select(c => c.Question));
    }
}
