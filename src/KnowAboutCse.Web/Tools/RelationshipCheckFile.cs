using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks <c>data/relationship-check.yml</c>: questions, the rules that choose a band, and every result's words.</summary>
internal static class RelationshipCheckFile
{
    public const string RelativePath = "data/relationship-check.yml";

    public static RelationshipCheckData? Load(string contentRoot, DataFileReader reader)
    {
        if (reader.Read<FileYaml>(contentRoot) is not { } file)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<RelationshipQuestion>();
        foreach (var q in file.Questions ?? [])
        {
            if (!reader.Id(q.Id, "Question", q.Line, ids))
            {
                continue;
            }

            var text = reader.Text(q.Text, $"Question '{q.Id}'", q.Line);
            var why = reader.Prose(q.Why, $"Question '{q.Id}' 'why'", q.Line);
            var alsoShow = reader.ContactIds(q.AlsoShow, $"Question '{q.Id}' 'also_show'", q.Line, required: false);
            if (q.Weight is < 1 or > 3)
            {
                reader.Problem(q.Line, $"Question '{q.Id}': 'weight' is 1, 2 or 3.");
            }
            else if (text is not null && why is not null)
            {
                questions.Add(new RelationshipQuestion(q.Id!, text, q.Weight, why, alsoShow, q.Line));
            }
        }

        if (questions.Count == 0)
        {
            reader.Problem(file.LineOf("questions") ?? 1, "The relationship check needs 'questions'.");
        }

        var rules = ReadRules(file.Rules, ids, questions.Count, reader);
        var results = Results(file.Results, file.LineOf("results") ?? 1, reader);
        var intro = reader.Prose(file.FormIntro, "'form_intro'", file.LineOf("form_intro") ?? 1);
        var note = reader.Prose(file.AnsweredNote, "'answered_note'", file.LineOf("answered_note") ?? 1);
        var help = ReadHelp(file.Help, reader);
        return reader.Problems > 0 ? null : new RelationshipCheckData(intro!, questions, rules!, results, note!, help!);
    }

    private static RelationshipRules? ReadRules(RulesYaml? rules, HashSet<string> questionIds, int questionCount, DataFileReader reader)
    {
        if (rules is null)
        {
            reader.Problem(1, "The relationship check needs 'rules'.");
            return null;
        }

        if (rules.RedWeight is < 1 or > 3 || rules.RedPoints <= 0)
        {
            reader.Problem(rules.Line, "'red_weight' is 1, 2 or 3, and 'red_points' a number above 0.");
        }

        if (rules.HealthyNeedsAnswers < 1 || rules.HealthyNeedsAnswers > questionCount)
        {
            reader.Problem(rules.Line, $"'healthy_needs_answers' must be between 1 and the number of questions ({questionCount}).");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var together = new List<QuestionCombination>();
        foreach (var t in rules.Together ?? [])
        {
            if (!reader.Id(t.Id, "Combination", t.Line, ids))
            {
                continue;
            }

            var unknown = (t.All ?? []).Concat(t.Any ?? []).Where(id => !questionIds.Contains(id)).ToList();
            if (t.All is not { Count: > 0 } || t.Any is not { Count: > 0 } || unknown.Count > 0)
            {
                reader.Problem(t.Line, $"Combination '{t.Id}' needs 'all' and 'any', each listing question ids" +
                    (unknown.Count > 0 ? $"; not questions: {string.Join(", ", unknown)}." : "."));
                continue;
            }

            if (reader.Prose(t.Why, $"Combination '{t.Id}' 'why'", t.Line) is { } why)
            {
                together.Add(new QuestionCombination(t.Id!, t.All, t.Any, why, t.Line));
            }
        }

        var needs = rules.HealthyNeeds ?? [];
        if (needs.FirstOrDefault(id => !questionIds.Contains(id)) is { } unknownNeed)
        {
            reader.Problem(rules.Line, $"'healthy_needs' names '{unknownNeed}', which is not a question id.");
        }

        return new RelationshipRules(rules.RedWeight, rules.RedPoints, together, rules.HealthyNeedsAnswers, needs, rules.Line);
    }

    private static Dictionary<Band, ResultText> Results(Dictionary<string, ResultYaml>? results, int line, DataFileReader reader)
    {
        var read = new Dictionary<Band, ResultText>();
        foreach (var band in Enum.GetValues<Band>())
        {
            var key = band.ToString().ToLowerInvariant();
            if (results?.GetValueOrDefault(key) is not { } r)
            {
                reader.Problem(line, $"'results' needs '{key}'.");
                continue;
            }

            if (ToolResults.Read(r, $"Result '{key}'", reader) is { } text)
            {
                read[band] = text;
            }
        }

        foreach (var extra in (results?.Keys.ToList() ?? []).Where(k => !Enum.GetNames<Band>().Any(b => b.Equals(k, StringComparison.OrdinalIgnoreCase))))
        {
            reader.Problem(results![extra].Line, $"'results' has '{extra}', which is not one of red, amber, green, unsure, none.");
        }

        return read;
    }

    private static ToolHelp? ReadHelp(HelpYaml? help, DataFileReader reader)
    {
        if (help is null)
        {
            reader.Problem(1, "The relationship check needs 'help'.");
            return null;
        }

        var text = reader.Prose(help.Text, "'help'", help.Line);
        var contacts = reader.ContactIds(help.Contacts, "'help' 'contacts'", help.Line);
        var red = reader.ContactIds(help.RedContacts, "'help' 'red_contacts'", help.Line, required: false);
        return text is null ? null : new ToolHelp(text, contacts, red, help.Line);
    }

    private sealed class FileYaml : YamlMapping
    {
        public string? FormIntro { get; set; }
        public List<QuestionYaml>? Questions { get; set; }
        public RulesYaml? Rules { get; set; }
        public Dictionary<string, ResultYaml>? Results { get; set; }
        public string? AnsweredNote { get; set; }
        public HelpYaml? Help { get; set; }
    }

    private sealed class QuestionYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public int Weight { get; set; }
        public string? Why { get; set; }
        public List<string>? AlsoShow { get; set; }
    }

    private sealed class RulesYaml : YamlMapping
    {
        public int RedWeight { get; set; }
        public double RedPoints { get; set; }
        public List<CombinationYaml>? Together { get; set; }
        public int HealthyNeedsAnswers { get; set; }
        public List<string>? HealthyNeeds { get; set; }
    }

    private sealed class CombinationYaml : YamlMapping
    {
        public string? Id { get; set; }
        public List<string>? All { get; set; }
        public List<string>? Any { get; set; }
        public string? Why { get; set; }
    }

    private sealed class HelpYaml : YamlMapping
    {
        public string? Text { get; set; }
        public List<string>? Contacts { get; set; }
        public List<string>? RedContacts { get; set; }
    }
}

/// <summary>A result's heading and text as written in a tool's data file.</summary>
internal sealed class ResultYaml : YamlMapping
{
    public string? Heading { get; set; }
    public string? Text { get; set; }
}

internal static class ToolResults
{
    public static ResultText? Read(ResultYaml r, string what, DataFileReader reader)
    {
        var heading = reader.Text(r.Heading, what + " 'heading'", r.Line);
        var text = reader.Prose(r.Text, what + " 'text'", r.Line);
        return heading is null || text is null ? null : new ResultText(heading, text, r.Line);
    }
}
