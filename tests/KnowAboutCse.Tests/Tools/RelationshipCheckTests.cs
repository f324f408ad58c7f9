using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>The rules of content/data/relationship-check.yml, each pinned on the real data, and the mechanism on a small set.</summary>
public sealed class RelationshipCheckTests
{
    private static readonly RelationshipCheckData Real = ContentLoader.Load(RepoPaths.Content).Tools.RelationshipCheck;

    private static RelationshipResult AssessReal(params (string Id, Answer Answer)[] answers) =>
        RelationshipCheck.Assess(Real, answers.ToDictionary(a => a.Id, a => a.Answer));

    private static (string, Answer)[] Everything(Answer answer, params string[] except) =>
        [.. Real.Questions.Where(q => !except.Contains(q.Id)).Select(q => (q.Id, answer))];

    [Fact]
    public void Assess_EveryQuestionAnsweredNo_IsGreen()
    {
        var result = AssessReal(Everything(Answer.No));

        Assert.Equal(Band.Green, result.Band);
        Assert.Empty(result.Concerns);
    }

    [Fact]
    public void Assess_EveryQuestionAnsweredYes_IsRed()
    {
        // "Yes" is the worrying answer to every question: no question is asked the other way round.
        var result = AssessReal(Everything(Answer.Yes));

        Assert.Equal(Band.Red, result.Band);
        Assert.Equal(Real.Questions.Count, result.Concerns.Count);
    }

    [Fact]
    public void Assess_TooFewAnswersAllReassuring_IsUnsureNeverHealthy()
    {
        var few = Real.Questions.Take(Real.Rules.HealthyNeedsAnswers - 1).Select(q => (q.Id, Answer.No)).ToArray();

        var result = AssessReal(few);

        Assert.Equal(Band.Unsure, result.Band);
        Assert.DoesNotContain("healthy relationship", Real.Results[Band.Unsure].Heading, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assess_EnoughAnswersButASeriousQuestionSkipped_IsUnsure()
    {
        var skipped = Real.Questions.First(q => q.Weight >= Real.Rules.RedWeight).Id;

        var result = AssessReal(Everything(Answer.No, except: skipped));

        Assert.True(result.Answered >= Real.Rules.HealthyNeedsAnswers);
        Assert.Equal(Band.Unsure, result.Band);
    }

    [Theory]
    [InlineData("keep-secret")]
    [InlineData("much-older")]
    [InlineData("sexual-things")]
    public void Assess_EnoughAnswersButAGroomingQuestionSkipped_IsUnsure(string skipped)
    {
        Assert.Contains(skipped, Real.Rules.HealthyNeeds);

        var result = AssessReal(Everything(Answer.No, except: skipped));

        Assert.Equal(Band.Unsure, result.Band);
    }

    [Fact]
    public void Assess_SexualThingsWithSomeoneALotOlder_IsRedEvenIfWanted()
    {
        Assert.Equal(Band.Amber, AssessReal(("sexual-things", Answer.Yes)).Band);

        var result = AssessReal(("much-older", Answer.Yes), ("sexual-things", Answer.Sometimes));

        Assert.Equal(Band.Red, result.Band);
        Assert.Contains("Even if you wanted to", Assert.Single(result.Together, t => t.Id == "older-person-sexual").Why.Plain, StringComparison.Ordinal);
    }

    public static TheoryData<string, Answer> SeriousQuestions()
    {
        var data = new TheoryData<string, Answer>();
        foreach (var question in Real.Questions.Where(q => q.Weight >= Real.Rules.RedWeight))
        {
            data.Add(question.Id, Answer.Yes);
            data.Add(question.Id, Answer.Sometimes);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeriousQuestions))]
    public void Assess_AnySeriousQuestionAloneWithWorry_IsRed(string id, Answer answer)
    {
        Assert.Equal(Band.Red, AssessReal((id, answer)).Band);
    }

    [Theory]
    [InlineData("keeps-you-away")]
    [InlineData("keep-secret")]
    [InlineData("gifts-owed")]
    [InlineData("meet-alone")]
    [InlineData("meet-their-friends")]
    [InlineData("unknown-places")]
    public void Assess_MuchOlderTogetherWithAGroomingSign_IsRedAndSaysWhy(string with)
    {
        Assert.NotEqual(Band.Red, AssessReal(("much-older", Answer.Yes)).Band);

        var result = AssessReal(("much-older", Answer.Yes), (with, Answer.Yes));

        Assert.Equal(Band.Red, result.Band);
        Assert.Contains(result.Together, c => c.Id == "older-person-grooming");
    }

    [Fact]
    public void Assess_KeepSecretAlone_IsAmberNotRed()
    {
        Assert.Equal(Band.Amber, AssessReal(("keep-secret", Answer.Yes)).Band);
    }

    [Theory]
    [InlineData("sexual-images")]
    [InlineData("threats")]
    public void Assess_AnswerAboutImagesOrThreats_AddsCeopAndReportRemove(string id)
    {
        var result = AssessReal((id, Answer.Sometimes));

        Assert.Equal(["ceop", "report-remove"], result.AlsoShow);
    }

    [Fact]
    public void Real_HasTheQuestionsAReviewerExpects()
    {
        string[] expected = ["hurts-you", "sexual-pressure", "sexual-things", "carry-things", "meet-their-friends", "sexual-images", "threats"];

        Assert.All(expected, id => Assert.Contains(Real.Questions, q => q.Id == id));
    }

    // The mechanism, on a small set of questions of its own.
    private static readonly RelationshipQuestion Secret = Question("secret", 2);
    private static readonly RelationshipQuestion Gifts = Question("gifts", 1, alsoShow: ["ceop"]);
    private static readonly RelationshipQuestion Threats = Question("threats", 3);
    private static readonly RelationshipQuestion Jealous = Question("jealous", 2);
    private static readonly RelationshipQuestion Pushy = Question("pushy", 2);

    private static readonly RelationshipCheckData Small = Real with
    {
        Questions = [Secret, Gifts, Threats, Jealous, Pushy],
        Rules = new RelationshipRules(3, 6, [], 4, [], 1),
    };

    private static RelationshipQuestion Question(string id, int weight, string[]? alsoShow = null) =>
        new(id, id + "?", weight, new Prose(id, $"<p>{id}</p>", id, 1), alsoShow ?? [], 1);

    private static RelationshipResult Assess(params (RelationshipQuestion Question, Answer Answer)[] answers) =>
        RelationshipCheck.Assess(Small, answers.ToDictionary(a => a.Question.Id, a => a.Answer));

    [Fact]
    public void Assess_ConcernsAddingUpToTheRedPoints_IsRed()
    {
        // 2 + 2 + 2 = 6 points: the threshold.
        Assert.Equal(Band.Red, Assess((Secret, Answer.Yes), (Jealous, Answer.Yes), (Pushy, Answer.Yes)).Band);
    }

    [Fact]
    public void Assess_ConcernsJustUnderTheRedPoints_IsAmber()
    {
        // 2 + 2 + 1 (a "sometimes" on a weight-2 question) = 5 points.
        var result = Assess((Secret, Answer.Yes), (Jealous, Answer.Yes), (Pushy, Answer.Sometimes));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal(3, result.Concerns.Count);
    }

    [Fact]
    public void Assess_AlsoShow_AppliesWhateverTheBand()
    {
        var result = Assess((Gifts, Answer.Sometimes));

        Assert.Equal(Band.Amber, result.Band);
        Assert.Equal(["ceop"], result.AlsoShow);
    }

    [Fact]
    public void Assess_NothingAnswered_IsNone()
    {
        var result = Assess();

        Assert.Equal(Band.None, result.Band);
        Assert.Empty(result.Concerns);
    }

    [Fact]
    public void Assess_Concerns_ListTheMostSeriousFirst()
    {
        var result = Assess((Gifts, Answer.Yes), (Threats, Answer.Yes), (Secret, Answer.Yes));

        Assert.Equal([Threats, Secret, Gifts], result.Concerns.Select(c => c.Question));
    }
}
