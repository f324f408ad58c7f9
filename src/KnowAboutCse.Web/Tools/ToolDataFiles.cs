using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks the tools' data files; every problem names the file and line.</summary>
internal static class ToolDataFiles
{
    public const string RelationshipCheckFile = "data/relationship-check.yml";
    public const string WarningSignsFile = "data/warning-signs.yml";
    public const string AreasFile = "data/areas.yml";

    public static ToolData Load(string contentRoot, List<ContentProblem> problems) => new(
        LoadQuestions(contentRoot, problems),
        LoadSigns(contentRoot, problems),
        LoadAreas(contentRoot, problems));

    private static T? Read<T>(string contentRoot, string file, List<ContentProblem> problems, out string[] lines)
        where T : class => YamlText.ReadFile<T>(contentRoot, file, "This data file is missing.", problems, out lines);

    /// <summary>The line of the list item whose id is <paramref name="id"/>, for problems with that item.</summary>
    private static int LineOfId(string[] lines, string? id) => YamlText.LineOfListItem(lines, id) ?? 1;

    private static List<RelationshipQuestion> LoadQuestions(string contentRoot, List<ContentProblem> problems)
    {
        var file = Read<QuestionsYaml>(contentRoot, RelationshipCheckFile, problems, out var lines);
        var questions = new List<RelationshipQuestion>();
        foreach (var q in file?.Questions ?? [])
        {
            void Fail(string message) => problems.Add(new ContentProblem(RelationshipCheckFile, LineOfId(lines, q.Id), message));
            Answer? concern = q.ConcernWhen switch { "yes" => Answer.Yes, "no" => Answer.No, _ => null };
            if (q.Id is null || !Slug.IsValid(q.Id) || questions.Any(x => x.Id == q.Id))
            {
                Fail($"Question id '{q.Id}' must be unique, lower-case words joined by hyphens.");
            }
            else if (string.IsNullOrWhiteSpace(q.Text) || string.IsNullOrWhiteSpace(q.Why))
            {
                Fail($"Question '{q.Id}' needs 'text' and 'why'.");
            }
            else if (concern is null || q.Weight is < 1 or > 3)
            {
                Fail($"Question '{q.Id}': 'concern_when' is \"yes\" or \"no\", and 'weight' is 1, 2 or 3.");
            }
            else
            {
                questions.Add(new RelationshipQuestion(q.Id, q.Text.Trim(), concern.Value, q.Weight, q.Why.Trim()));
            }
        }

        if (file is not null && questions.Count == 0)
        {
            problems.Add(new ContentProblem(RelationshipCheckFile, 1, "The relationship check needs 'questions'."));
        }

        return questions;
    }

    private static List<WarningSignGroup> LoadSigns(string contentRoot, List<ContentProblem> problems)
    {
        var file = Read<SignsYaml>(contentRoot, WarningSignsFile, problems, out var lines);
        var groups = new List<WarningSignGroup>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in file?.Groups ?? [])
        {
            var signs = new List<WarningSign>();
            foreach (var s in g.Signs ?? [])
            {
                if (s.Id is null || !Slug.IsValid(s.Id) || !ids.Add(s.Id) || string.IsNullOrWhiteSpace(s.Text) || string.IsNullOrWhiteSpace(s.Meaning))
                {
                    problems.Add(new ContentProblem(WarningSignsFile, LineOfId(lines, s.Id),
                        $"Sign '{s.Id}' needs a unique lower-case id, 'text' and 'meaning'."));
                    continue;
                }

                signs.Add(new WarningSign(s.Id, s.Text.Trim(), s.Meaning.Trim()));
            }

            if (g.Id is null || string.IsNullOrWhiteSpace(g.Title) || signs.Count == 0)
            {
                problems.Add(new ContentProblem(WarningSignsFile, LineOfId(lines, g.Id), $"Group '{g.Id}' needs an id, a 'title' and 'signs'."));
                continue;
            }

            groups.Add(new WarningSignGroup(g.Id, g.Title.Trim(), signs));
        }

        return groups;
    }

    private static List<Area> LoadAreas(string contentRoot, List<ContentProblem> problems)
    {
        var file = Read<AreasYaml>(contentRoot, AreasFile, problems, out var lines);
        var areas = new List<Area>();
        foreach (var a in file?.Areas ?? [])
        {
            var districts = (a.Districts ?? []).Select(d => new AreaDistrict(d.Name, d.Places ?? [])).ToList();
            if (a.Places is { Count: > 0 } places)
            {
                districts.Insert(0, new AreaDistrict(null, places));
            }

            if (a.Id is null || string.IsNullOrWhiteSpace(a.Name) || districts.Sum(d => d.Places.Count) == 0)
            {
                problems.Add(new ContentProblem(AreasFile, LineOfId(lines, a.Id), $"Area '{a.Id}' needs an id, a 'name' and some places."));
                continue;
            }

            areas.Add(new Area(a.Id, a.Name.Trim(), districts));
        }

        return areas;
    }

    private sealed class QuestionsYaml
    {
        public List<QuestionYaml>? Questions { get; set; }
    }

    private sealed class QuestionYaml
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public string? ConcernWhen { get; set; }
        public int Weight { get; set; }
        public string? Why { get; set; }
    }

    private sealed class SignsYaml
    {
        public List<GroupYaml>? Groups { get; set; }
    }

    private sealed class GroupYaml
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public List<SignYaml>? Signs { get; set; }
    }

    private sealed class SignYaml
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public string? Meaning { get; set; }
    }

    private sealed class AreasYaml
    {
        public List<AreaYaml>? Areas { get; set; }
    }

    private sealed class AreaYaml
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public List<string>? Places { get; set; }
        public List<DistrictYaml>? Districts { get; set; }
    }

    private sealed class DistrictYaml
    {
        public string? Name { get; set; }
        public List<string>? Places { get; set; }
    }
}
