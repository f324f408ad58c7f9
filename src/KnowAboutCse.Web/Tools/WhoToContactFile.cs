using KnowAboutCse.Web.Contacts;
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
            if (r.First == KeyContacts.Emergency && !r.KeepFirst)
            {
                // The emergency line is first only where a child is in danger: how someone would like to get in touch must never move it down.
                reader.Problem(r.LineFor("first"), $"A route that puts '{KeyContacts.Emergency}' first needs 'keep_first: true', so the answer to how to get in touch never moves the emergency line down.");
            }

            if (reader.Prose(r.Why, "A route's 'why'", r.Line) is { } why && first.Count == 1)
            {
                routes.Add(new FinderRoute(when, first[0], why, also, r.Line, r.KeepFirst));
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
                 reader.Prose(c.NoRoute, "'closed' 'no_route'", c.Line) is { } noRoute &&
                 reader.Prose(c.Moved, "'closed' 'moved'", c.Line) is { } moved)
        {
            closed = new FinderClosedTexts(instead, openNow, noRoute, moved, c.Line);
        }

        var ways = LoadWays(file, questions, reader);
        FinderWords? words = null;
        if (file.WayWords is not { } w)
        {
            reader.Problem(1, "The finder needs 'way_words': what a result says beside each way to get in touch.");
        }
        else if (reader.Text(file.Submit, "'submit'", file.LineFor("submit")) is { } submit &&
                 reader.Text(file.StartAgain, "'start_again'", file.LineFor("start_again")) is { } startAgain &&
                 reader.Text(w.OpenNow, "'way_words' 'open_now'", w.LineFor("open_now")) is { } openNow &&
                 reader.Text(w.ClosedNow, "'way_words' 'closed_now'", w.LineFor("closed_now")) is { } closedNow &&
                 reader.Text(w.NotKnownToday, "'way_words' 'not_known_today'", w.LineFor("not_known_today")) is { } notKnownToday &&
                 reader.Text(w.Anonymous, "'way_words' 'anonymous'", w.LineFor("anonymous")) is { } anonymous &&
                 reader.Text(w.NotAnonymous, "'way_words' 'not_anonymous'", w.LineFor("not_anonymous")) is { } notAnonymous)
        {
            words = new FinderWords(submit, startAgain, new NowWords(openNow, closedNow, notKnownToday), anonymous, notAnonymous, w.Line);
        }

        var places = reader.Text(file.PlacesSummary, "'places_summary'", file.LineOf("places_summary") ?? 1);
        var hoursNote = reader.Prose(file.HoursNote, "'hours_note'", file.LineOf("hours_note") ?? 1);
        var resultHeading = reader.Text(file.ResultHeading, "'result_heading'", file.LineOf("result_heading") ?? 1);
        var othersHeading = reader.Text(file.OthersHeading, "'others_heading'", file.LineOf("others_heading") ?? 1);
        return reader.Problems > 0 ? null : new WhoToContactData(questions, places!, routes, additions, closed!, hoursNote!, resultHeading!, othersHeading!, ways, words!);
    }

    /// <summary>
    /// The words and channel kinds for answers to the <c>how</c> question. An answer with no entry (the blank
    /// "any way") changes nothing; an entry needs a 'heading', and either 'channels' with 'moved' and 'none',
    /// or 'text' alone (in person).
    /// </summary>
    private static List<FinderWay> LoadWays(FileYaml file, List<FinderQuestion> questions, DataFileReader reader)
    {
        var ways = new List<FinderWay>();
        if (file.Ways is not { } entries)
        {
            return ways;
        }

        var how = questions.FirstOrDefault(q => q.Id == ContactFinder.HowQuestion);
        if (how is null)
        {
            reader.Problem(file.LineFor("ways"), $"'ways' needs the question '{ContactFinder.HowQuestion}' (how someone wants to get in touch).");
            return ways;
        }

        foreach (var w in entries)
        {
            if (w.How is null || how.Options.All(o => o.Value != w.How) || ways.Any(x => x.How == w.How))
            {
                reader.Problem(w.LineFor("how"), $"A way's 'how' is '{w.How}': it must be one of the '{how.Id}' question's options ({string.Join(", ", how.Options.Select(o => o.Value))}), once each.");
                continue;
            }

            var kinds = new List<ChannelKind>();
            foreach (var kind in w.Channels ?? [])
            {
                ChannelKind? known = kind switch
                {
                    "phone" => ChannelKind.Phone,
                    "text" => ChannelKind.Text,
                    "email" => ChannelKind.Email,
                    "form" => ChannelKind.Form,
                    "chat" => ChannelKind.Chat,
                    "web" => ChannelKind.Web,
                    _ => null,
                };
                if (known is { } k)
                {
                    kinds.Add(k);
                }
                else
                {
                    reader.Problem(w.LineFor("channels"), $"Way '{w.How}': '{kind}' is not a kind of channel (phone, text, email, form, chat or web).");
                }
            }

            var heading = reader.Text(w.Heading, $"Way '{w.How}' 'heading'", w.LineFor("heading"));
            var also = reader.ContactIds(w.Also, $"Way '{w.How}' 'also'", w.LineFor("also"), required: false);
            Prose? text = w.Text is null ? null : reader.Prose(w.Text, $"Way '{w.How}' 'text'", w.LineFor("text"));
            Prose? none = null, moved = null;
            if (w.Channels is { Count: > 0 })
            {
                none = reader.Prose(w.None, $"Way '{w.How}' 'none'", w.LineFor("none"));
                moved = reader.Prose(w.Moved, $"Way '{w.How}' 'moved'", w.LineFor("moved"));
                if (w.Moved is { } movedText && OtherPlaceholders(movedText, "moved", "first") is { Count: > 0 } wrong)
                {
                    reader.Problem(w.LineFor("moved"), $"Way '{w.How}' 'moved' may use {{moved}} and {{first}} only, not {string.Join(", ", wrong)}.");
                }
            }
            else if (w.Text is null || w.None is not null || w.Moved is not null)
            {
                reader.Problem(w.Line, $"Way '{w.How}' has no 'channels', so it needs 'text' (what to do instead), and no 'none' or 'moved'.");
            }

            if (heading is not null)
            {
                ways.Add(new FinderWay(w.How, kinds, heading, text, also, none, moved, w.Line));
            }
        }

        return ways;
    }

    /// <summary>Placeholders like {name} (not {{contact references}}) other than those allowed.</summary>
    private static List<string> OtherPlaceholders(string text, params string[] allowed) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"(?<!\{)\{([a-z_]+)\}(?!\})").Select(m => m.Value).Where(v => !allowed.Contains(v.Trim('{', '}')))];

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
        public string? Submit { get; set; }
        public string? StartAgain { get; set; }
        public List<WayYaml>? Ways { get; set; }
        public WayWordsYaml? WayWords { get; set; }
    }

    private sealed class WayYaml : YamlMapping
    {
        public string? How { get; set; }
        public List<string>? Channels { get; set; }
        public string? Heading { get; set; }
        public string? Text { get; set; }
        public List<string>? Also { get; set; }
        public string? None { get; set; }
        public string? Moved { get; set; }
    }

    private sealed class WayWordsYaml : YamlMapping
    {
        public string? OpenNow { get; set; }
        public string? ClosedNow { get; set; }
        public string? NotKnownToday { get; set; }
        public string? Anonymous { get; set; }
        public string? NotAnonymous { get; set; }
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
        public bool KeepFirst { get; set; }
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
        public string? Moved { get; set; }
    }
}
