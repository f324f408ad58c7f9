using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks a guided tool's data file (<c>data/help-me-say-it.yml</c>, <c>data/friend-check.yml</c>).</summary>
internal static class GuidedCheckFile
{
    public const string HelpMeSayItPath = "data/help-me-say-it.yml";
    public const string FriendCheckPath = "data/friend-check.yml";

    public static GuidedCheckData? Load(string contentRoot, DataFileReader reader, string relativePath)
    {
        if (reader.Read<FileYaml>(contentRoot) is not { } file)
        {
            return null;
        }

        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<GuidedQuestion>();
        foreach (var q in file.Questions ?? [])
        {
            if (!reader.Id(q.Id, "Question", q.Line, questionIds) || reader.Text(q.Legend, $"Question '{q.Id}' 'legend'", q.Line) is not { } legend)
            {
                continue;
            }

            var kind = q.Kind switch
            {
                "tick" => GuidedKind.Tick,
                "choose" => GuidedKind.Choose,
                _ => (GuidedKind?)null,
            };
            var values = new HashSet<string>(StringComparer.Ordinal);
            var options = new List<GuidedOption>();
            foreach (var o in q.Options ?? [])
            {
                if (reader.Id(o.Value, $"Question '{q.Id}': option", o.Line, values) && reader.Text(o.Label, $"Option '{o.Value}' 'label'", o.Line) is { } label)
                {
                    options.Add(new GuidedOption(o.Value!, label, string.IsNullOrWhiteSpace(o.Says) ? null : o.Says.Trim()));
                }
            }

            // A choose question left blank counts as one of its options; a tick question with nothing
            // ticked may instead count as a value of its own ("nothing"), which conditions can name.
            if (kind is null || options.Count < 2 || q.Blank is null || !Slug.IsValid(q.Blank) || (kind == GuidedKind.Choose && !values.Contains(q.Blank)))
            {
                reader.Problem(q.Line, $"Question '{q.Id}' needs 'kind' (tick or choose), two or more 'options', and 'blank' " +
                    "(for choose, one of the options' values; for tick, what nothing ticked counts as).");
                continue;
            }

            questions.Add(new GuidedQuestion(q.Id!, legend, kind.Value, q.Blank, options, q.Line));
        }

        var blocks = new List<GuidedBlock>();
        foreach (var b in file.Blocks ?? [])
        {
            var when = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (id, answers) in b.When ?? [])
            {
                var question = questions.FirstOrDefault(q => q.Id == id);
                var unknown = answers.Where(a => question is null || (a != question.Blank && question.Options.All(o => o.Value != a))).ToList();
                if (question is null || answers.Count == 0 || unknown.Count > 0)
                {
                    reader.Problem(b.Line, $"'when' names {id}: {string.Join(", ", answers)}; each key must be a question id and each answer one of its options or its blank.");
                    continue;
                }

                when[id] = answers;
            }

            var place = b.Place switch
            {
                null or "after" => GuidedPlace.After,
                "top" => GuidedPlace.Top,
                "note" => GuidedPlace.Note,
                _ => (GuidedPlace?)null,
            };
            var linesFrom = b.LinesFrom is null ? null : questions.FirstOrDefault(q => q.Id == b.LinesFrom && q.Kind == GuidedKind.Tick);
            if (place is null)
            {
                reader.Problem(b.Line, "A block's 'place' must be top, note or after.");
            }
            else if (b.LinesFrom is not null && linesFrom is null)
            {
                reader.Problem(b.Line, $"'lines_from' names {b.LinesFrom}, which is not a tick question.");
            }
            else if (b.LinesFrom is null && b.Text is null)
            {
                reader.Problem(b.Line, "A block needs 'text' or 'lines_from'.");
            }
            else
            {
                var text = b.Text is null ? null : reader.Prose(b.Text, "A block's 'text'", b.Line);
                var contacts = reader.ContactIds(b.Contacts, "A block's 'contacts'", b.Line, required: false);
                blocks.Add(new GuidedBlock(when, place.Value, string.IsNullOrWhiteSpace(b.Heading) ? null : b.Heading.Trim(), text, linesFrom?.Id, contacts, b.Line));
            }
        }

        if (questions.Count == 0 || blocks.Count == 0)
        {
            reader.Problem(1, "A guided tool needs 'questions' and 'blocks'.");
        }

        // Every result must give a route to help: some block that is always shown has a contact or a phone number.
        if (!blocks.Any(b => b.When.Count == 0 && (b.Contacts.Count > 0 || (b.Text?.Source.Contains("{{phone", StringComparison.Ordinal) ?? false))))
        {
            reader.Problem(file.LineFor("blocks"), "Every result needs a route to help: give a block with no 'when' some 'contacts' or a {{phone ID}}.");
        }

        var words = Words(file, reader);
        return reader.Problems > 0 || words is null ? null : new GuidedCheckData(relativePath, questions, blocks, words);
    }

    private static GuidedWords? Words(FileYaml file, DataFileReader reader)
    {
        var intro = reader.Prose(file.FormIntro, "'form_intro'", file.LineFor("form_intro"));
        var submit = reader.Text(file.Submit, "'submit'", file.LineFor("submit"));
        var heading = reader.Text(file.ResultHeading, "'result_heading'", file.LineFor("result_heading"));
        var again = reader.Text(file.StartAgain, "'start_again'", file.LineFor("start_again"));
        var hint = file.PrintHint is null ? null : reader.Prose(file.PrintHint, "'print_hint'", file.LineFor("print_hint"));
        if ((file.Print is null) != (file.PrintHint is null))
        {
            reader.Problem(file.LineFor("print"), "'print' (the button) and 'print_hint' (how to print without it) go together.");
        }

        return intro is null || submit is null || heading is null || again is null
            ? null
            : new GuidedWords(intro, submit, heading, file.NoteCaption?.Trim(), file.Print?.Trim(), hint, again);
    }

    private sealed class FileYaml : YamlMapping
    {
        public string? FormIntro { get; set; }
        public List<QuestionYaml>? Questions { get; set; }
        public string? Submit { get; set; }
        public string? ResultHeading { get; set; }
        public string? NoteCaption { get; set; }
        public List<BlockYaml>? Blocks { get; set; }
        public string? Print { get; set; }
        public string? PrintHint { get; set; }
        public string? StartAgain { get; set; }
    }

    private sealed class QuestionYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Legend { get; set; }
        public string? Kind { get; set; }
        public string? Blank { get; set; }
        public List<OptionYaml>? Options { get; set; }
    }

    private sealed class OptionYaml : YamlMapping
    {
        public string? Value { get; set; }
        public string? Label { get; set; }
        public string? Says { get; set; }
    }

    private sealed class BlockYaml : YamlMapping
    {
        public Dictionary<string, List<string>>? When { get; set; }
        public string? Place { get; set; }
        public string? Heading { get; set; }
        public string? Text { get; set; }
        public string? LinesFrom { get; set; }
        public List<string>? Contacts { get; set; }
    }
}
