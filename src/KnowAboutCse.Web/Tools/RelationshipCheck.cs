namespace KnowAboutCse.Web.Tools;

public enum Band
{
    Green,
    Amber,
    Red,
}

/// <summary>One answer that raised concern, with why it matters.</summary>
public sealed record Concern(RelationshipQuestion Question, Answer Answer);

/// <param name="Band">Null when nothing was answered: there is nothing to judge, but help is still shown.</param>
public sealed record RelationshipResult(Band? Band, IReadOnlyList<Concern> Concerns, int Answered, int Total);

/// <summary>
/// The relationship check, as a pure function: answers in, a traffic-light band out.
/// Red when any serious question (weight 3) is answered with concern, even "sometimes",
/// or when concerns add up to <see cref="RedThreshold"/>; amber for any other concern;
/// green when every answer was reassuring. Unanswered questions are left out, so a
/// partial check still gets an answer.
/// </summary>
public static class RelationshipCheck
{
    /// <summary>Concern points (weight for a full concern, half for "sometimes") that make the band red.</summary>
    public const double RedThreshold = 6;

    public static RelationshipResult Assess(IReadOnlyList<RelationshipQuestion> questions, IReadOnlyDictionary<string, Answer> answers)
    {
        var concerns = new List<Concern>();
        var points = 0.0;
        var serious = false;
        var answered = 0;
        foreach (var question in questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            answered++;
            var share = answer == question.ConcernWhen ? 1.0 : answer == Answer.Sometimes ? 0.5 : 0.0;
            if (share > 0)
            {
                concerns.Add(new Concern(question, answer));
                points += share * question.Weight;
                serious |= question.Weight >= 3;
            }
        }

        Band? band = answered == 0 ? null
            : serious || points >= RedThreshold ? Band.Red
            : concerns.Count > 0 ? Band.Amber
            : Band.Green;

        // The most serious concerns first, so the first thing read is what matters most.
        return new RelationshipResult(band, [.. concerns.OrderByDescending(c => c.Question.Weight)], answered, questions.Count);
    }
}
