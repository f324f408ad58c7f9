using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks <c>data/warning-signs.yml</c>: the signs (which are serious), notices, results and next steps.</summary>
internal static class WarningSignsFile
{
    public const string RelativePath = "data/warning-signs.yml";

    public static ChecklistData? Load(string contentRoot, DataFileReader reader)
    {
        if (reader.Read<FileYaml>(contentRoot) is not { } file)
        {
            return null;
        }

        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<SignSource>();
        foreach (var s in file.Sources ?? [])
        {
            if (reader.Id(s.Id, "Source", s.Line, sourceIds) && reader.Text(s.Title, $"Source '{s.Id}' 'title'", s.Line) is { } title)
            {
                if (s.Url is not null && !Uri.TryCreate(s.Url, UriKind.Absolute, out _))
                {
                    reader.Problem(s.Line, $"Source '{s.Id}': 'url' must be a full web address.");
                }

                sources.Add(new SignSource(s.Id!, title, s.Url, s.Line));
            }
        }

        var signIds = new HashSet<string>(StringComparer.Ordinal);
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<WarningSignGroup>();
        foreach (var g in file.Groups ?? [])
        {
            var signs = new List<WarningSign>();
            foreach (var s in g.Signs ?? [])
            {
                if (!reader.Id(s.Id, "Sign", s.Line, signIds))
                {
                    continue;
                }

                var text = reader.Text(s.Text, $"Sign '{s.Id}'", s.Line);
                var meaning = reader.Prose(s.Meaning, $"Sign '{s.Id}' 'meaning'", s.Line);
                if (s.Source is null || !sourceIds.Contains(s.Source))
                {
                    reader.Problem(s.Line, $"Sign '{s.Id}' needs a 'source' from 'sources' (where the sign comes from).");
                }
                else if (text is not null && meaning is not null)
                {
                    signs.Add(new WarningSign(s.Id!, text, meaning, s.Serious, s.Source, s.Line));
                }
            }

            if (reader.Id(g.Id, "Group", g.Line, groupIds) && reader.Text(g.Title, $"Group '{g.Id}' 'title'", g.Line) is { } title)
            {
                if (signs.Count == 0 && (g.Signs ?? []).Count == 0)
                {
                    reader.Problem(g.Line, $"Group '{g.Id}' needs 'signs'.");
                }

                groups.Add(new WarningSignGroup(g.Id!, title, signs, g.Line));
            }
        }

        var notices = new List<ChecklistNotice>();
        var noticeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in file.Notices ?? [])
        {
            if (!reader.Id(n.Id, "Notice", n.Line, noticeIds))
            {
                continue;
            }

            var unknown = (n.WhenTicked ?? []).Where(id => !signIds.Contains(id)).ToList();
            if (n.WhenTicked is not { Count: > 0 } || unknown.Count > 0)
            {
                reader.Problem(n.Line, $"Notice '{n.Id}': 'when_ticked' must list sign ids" + (unknown.Count > 0 ? $"; not signs: {string.Join(", ", unknown)}." : "."));
            }
            else if (reader.Prose(n.Text, $"Notice '{n.Id}'", n.Line) is { } text)
            {
                notices.Add(new ChecklistNotice(n.Id!, n.WhenTicked, text, n.Line));
            }
        }

        if (file.ActNowSigns < 2)
        {
            reader.Problem(file.LineOf("act_now_signs") ?? 1, "'act_now_signs' is how many signs together mean \"act now\": 2 or more.");
        }

        var results = new Dictionary<ChecklistBand, ResultText>();
        foreach (var band in Enum.GetValues<ChecklistBand>())
        {
            var key = band.ToString().ToLowerInvariant();
            if (file.Results?.GetValueOrDefault(key) is not { } r)
            {
                reader.Problem(file.LineOf("results") ?? 1, $"'results' needs '{key}'.");
            }
            else if (ToolResults.Read(r, $"Result '{key}'", reader) is { } text)
            {
                results[band] = text;
            }
        }

        var nextSteps = file.NextSteps is { } steps ? ToolResults.Read(steps, "'next_steps'", reader) : null;
        if (file.NextSteps is null)
        {
            reader.Problem(1, "The checklist needs 'next_steps'.");
        }

        var contacts = reader.ContactIds(file.Contacts, "'contacts'", file.LineOf("contacts") ?? 1);
        var intro = reader.Prose(file.FormIntro, "'form_intro'", file.LineOf("form_intro") ?? 1);
        return reader.Problems > 0 ? null : new ChecklistData(intro!, groups, sources, notices, file.ActNowSigns, results, nextSteps!, contacts);
    }

    private sealed class FileYaml : YamlMapping
    {
        public string? FormIntro { get; set; }
        public List<SourceYaml>? Sources { get; set; }
        public List<GroupYaml>? Groups { get; set; }
        public List<NoticeYaml>? Notices { get; set; }
        public int ActNowSigns { get; set; }
        public Dictionary<string, ResultYaml>? Results { get; set; }
        public ResultYaml? NextSteps { get; set; }
        public List<string>? Contacts { get; set; }
    }

    private sealed class SourceYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Url { get; set; }
    }

    private sealed class GroupYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public List<SignYaml>? Signs { get; set; }
    }

    private sealed class SignYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Text { get; set; }
        public string? Meaning { get; set; }
        public bool Serious { get; set; }
        public string? Source { get; set; }
    }

    private sealed class NoticeYaml : YamlMapping
    {
        public string? Id { get; set; }
        public List<string>? WhenTicked { get; set; }
        public string? Text { get; set; }
    }
}
