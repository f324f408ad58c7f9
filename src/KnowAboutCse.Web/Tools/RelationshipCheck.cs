namespace KnowAboutCse.Web.Tools;

/// <summary>One answer that raised concern ("yes" or "sometimes"), with the question that explains it.</summary>
public sealed record Concern(RelationshipQuestion Question, Answer Answer);

/// <param name="Together">The combinations of answers found, which make the band red on their own.</param>
/// <param name="AlsoShow">Contacts the worrying answers add to the result, whatever the band.</param>
public sealed record RelationshipResult(
    Band Band,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<QuestionCombination> Together,
    IReadOnlyList<string> AlsoShow,
    int Answered,
    int Total);

/// <summary>
/// The relationship check, as a pure function of the answers and the rules in
/// <c>content/data/relationship-check.yml</c>. Red when any question of the red weight is
/// answered with worry (even "sometimes"), when concern points reach the red total, or when a
/// combination of answers that describes grooming is found; amber for any other worry; green
/// only when enough questions were answered (every serious one and every one the rules list
/// among them) and none with worry;
/// otherwise "unsure", which never reassures. Unanswered questions are left out.
/// </summary>
public static class RelationshipCheck
{
    public static RelationshipResult Assess(RelationshipCheckData data, IReadOnlyDictionary<string, Answer> answers)
    {
        var rules = data.Rules;
        var concerns = new List<Concern>();
        var points = 0.0;
        var serious = false;
        var answered = 0;
        foreach (var question in data.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            answered++;
            var share = answer switch { Answer.Yes => 1.0, Answer.Sometimes => 0.5, _ => 0.0 };
            if (share > 0)
            {
                concerns.Add(new Concern(question, answer));
                points += share * question.Weight;
                serious |= question.Weight >= rules.RedWeight;
            }
        }

        var worrying = concerns.Select(c => c.Question.Id).ToHashSet(StringComparer.Ordinal);
        var together = rules.Together.Where(c => c.All.All(worrying.Contains) && c.Any.Any(worrying.Contains)).ToList();
        var neededAnswered = data.Questions.Where(q => q.Weight >= rules.RedWeight || rules.HealthyNeeds.Contains(q.Id)).All(q => answers.ContainsKey(q.Id));
        var band = answered == 0 ? Band.None
            : serious || points >= rules.RedPoints || together.Count > 0 ? Band.Red
            : concerns.Count > 0 ? Band.Amber
            : answered >= rules.HealthyNeedsAnswers && neededAnswered ? Band.Green
            : Band.Unsure;

        // The most serious concerns first, so the first thing read is what matters most.
        var ordered = concerns.OrderByDescending(c => c.Question.Weight).ToList();
        var alsoShow = ordered.SelectMany(c => c.Question.AlsoShow).Distinct(StringComparer.Ordinal).ToList();
        return new RelationshipResult(band, ordered, together, alsoShow, answered, data.Questions.Count);
    }
}
