using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks <c>data/who-to-contact.yml</c>: the finder's questions, its routes and what it says when a line is closed.</summary>
internal static class WhoToContactFile
{
    public const string RelativePath = "data/who-to-contact.yml";

    public static WhoToContactData? Load(string contentRoot, DataFileReader reader)
    {
        if (reader.Read<FileYaml>(contentRoot) is not { } file)
        {
            return null;
        }

        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<FinderQuestion>();
        foreach (var q in file.Questions ?? [])
        {
            if (!reader.Id(q.Id, "Question", q.Line, questionIds) || reader.Text(q.Legend, $"Question '{q.Id}' 'legend'", q.Line) is not { } legend)
            {
                continue;
            }

            var values = new HashSet<string>(StringComparer.Ordinal);
            var options = new List<FinderOption>();
            foreach (var o in q.Options ?? [])
            {
                if (reader.Id(o.Value, $"Question '{q.Id}': option", o.Line, values) && reader.Text(o.Label, $"Option '{o.Value}' 'label'", o.Line) is { } label)
                {
                    options.Add(new FinderOption(o.Value!, label));
                }
            }

            if (options.Count < 2 || q.Blank is null || !values.Contains(q.Blank))
            {
                reader.Problem(q.Line, $"Question '{q.Id}' needs two or more 'options', and 'blank' set to one of their values.");
                continue;
            }

            questions.Add(new FinderQuestion(q.Id!, legend, q.Blank, q.ShowPlaces, options, q.Line));
        }

        FinderCondition Condition(Dictionary<string, List<string>>? when, int line)
        {
            foreach (var (question, answers) in when ?? [])
            {
                var known = questions.FirstOrDefault(q => q.Id == question);
                var unknown = answers.Where(a => known?.Options.All(o => o.Value != a) ?? true).ToList();
                if (known is null || answers.Count == 0 || unknown.Count > 0)
                {
                    reader.Problem(line, $"'when' names {question}: {string.Join(", ", answers)}; each key must be a question id and each answer one of its options.");
                }
            }

            return new FinderCondition((when ?? []).ToDictionary(w => w.Key, w => (IReadOnlyList<string>)w.Value, StringComparer.Ordinal));
        }

        var routes = new List<FinderRoute>();
        foreach (var r in file.Routes ?? [])
        {
            var when = Condition(r.When, r.Line);
            var first = reader.ContactIds(r.First is null ? null : [r.First], "A route's 'first'", r.Line);
            var also = reader.ContactIds(r.Also, "A route's 'also'", r.Line, required: false);
            if (reader.Prose(r.Why, "A route's 'why'", r.Line) is { } why && first.Count == 1)
            {
                routes.Add(new FinderRoute(when, first[0], why, also, r.Line));
            }
        }

        if (routes.Count == 0 || routes[^1].When.Answers.Count > 0 || routes.SkipLast(1).Any(r => r.When.Answers.Count == 0))
        {
            reader.Problem(file.LineOf("routes") ?? 1, "'routes' must end with one route that has no 'when' (and only that one), so every answer has a route.");
        }

        var additions = (file.Add ?? []).Select(a => new FinderAddition(Condition(a.When, a.Line), reader.ContactIds(a.Contacts, "An 'add' entry", a.Line), a.Line)).ToList();

        FinderClosedTexts? closed = null;
        if (file.Closed is not { } c)
        {
            reader.Problem(1, "The finder needs 'closed': what it says when a line is closed.");
        }
        else if (reader.Prose(c.Instead, "'closed' 'instead'", c.Line) is { } instead &&
                 reader.Prose(c.OpenNow, "'closed' 'open_now'", c.Line) is { } openNow &&
                 reader.Prose(c.NoRoute, "'closed' 'no_route'", c.Line) is { } noRoute)
        {
            closed = new FinderClosedTexts(instead, openNow, noRoute, c.Line);
        }

        var places = reader.Text(file.PlacesSummary, "'places_summary'", file.LineOf("places_summary") ?? 1);
        var hoursNote = reader.Prose(file.HoursNote, "'hours_note'", file.LineOf("hours_note") ?? 1);
        var resultHeading = reader.Text(file.ResultHeading, "'result_heading'", file.LineOf("result_heading") ?? 1);
        var othersHeading = reader.Text(file.OthersHeading, "'others_heading'", file.LineOf("others_heading") ?? 1);
        return reader.Problems > 0 ? null : new WhoToContactData(questions, places!, routes, additions, closed!, hoursNote!, resultHeading!, othersHeading!);
    }

    private sealed class FileYaml : YamlMapping
    {
        public List<QuestionYaml>? Questions { get; set; }
        public List<RouteYaml>? Routes { get; set; }
        public List<AddYaml>? Add { get; set; }
        public ClosedYaml? Closed { get; set; }
        public string? PlacesSummary { get; set; }
        public string? HoursNote { get; set; }
        public string? ResultHeading { get; set; }
        public string? OthersHeading { get; set; }
    }

    private sealed class QuestionYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Legend { get; set; }
        public string? Blank { get; set; }
        public bool ShowPlaces { get; set; }
        public List<OptionYaml>? Options { get; set; }
    }

    private sealed class OptionYaml : YamlMapping
    {
        public string? Value { get; set; }
        public string? Label { get; set; }
    }

    private sealed class RouteYaml : YamlMapping
    {
        public Dictionary<string, List<string>>? When { get; set; }
        public string? First { get; set; }
        public string? Why { get; set; }
        public List<string>? Also { get; set; }
    }

    private sealed class AddYaml : YamlMapping
    {
        public Dictionary<string, List<string>>? When { get; set; }
        public List<string>? Contacts { get; set; }
    }

    private sealed class ClosedYaml : YamlMapping
    {
        public string? Instead { get; set; }
        public string? OpenNow { get; set; }
        public string? NoRoute { get; set; }
    }
}
