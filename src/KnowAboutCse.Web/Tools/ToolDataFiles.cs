using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks the tools' data files; every problem names the file and line.</summary>
internal static class ToolDataFiles
{
    public const string AreasFile = "data/areas.yml";

    /// <summary>The tools' data, or null when any of its files has a problem (each one is in <paramref name="problems"/>).</summary>
    public static ToolData? Load(string contentRoot, ContactDirectory contacts, IReadOnlySet<string> addresses, List<ContentProblem> problems)
    {
        DataFileReader Reader(string file) => new(file, contacts, addresses, problems);
        var check = RelationshipCheckFile.Load(contentRoot, Reader(RelationshipCheckFile.RelativePath));
        var checklist = WarningSignsFile.Load(contentRoot, Reader(WarningSignsFile.RelativePath));
        var finder = WhoToContactFile.Load(contentRoot, Reader(WhoToContactFile.RelativePath));
        var areas = LoadAreas(contentRoot, Reader(AreasFile));
        var sayIt = GuidedCheckFile.Load(contentRoot, Reader(GuidedCheckFile.HelpMeSayItPath), GuidedCheckFile.HelpMeSayItPath);
        var friend = GuidedCheckFile.Load(contentRoot, Reader(GuidedCheckFile.FriendCheckPath), GuidedCheckFile.FriendCheckPath);
        var record = RecordSheetFile.Load(contentRoot, Reader(RecordSheetFile.RelativePath));
        return check is null || checklist is null || finder is null || areas is null || sayIt is null || friend is null || record is null
            ? null
            : new ToolData(check, checklist, finder, areas, sayIt, friend, record);
    }

    private static List<CouncilArea>? LoadAreas(string contentRoot, DataFileReader reader)
    {
        var file = reader.Read<AreasYaml>(contentRoot);
        var areas = new List<CouncilArea>();
        foreach (var a in file?.Areas ?? [])
        {
            var districts = (a.Districts ?? []).Select(d => new AreaDistrict(d.Name, d.Places ?? [])).ToList();
            if (a.Places is { Count: > 0 } places)
            {
                districts.Insert(0, new AreaDistrict(null, places));
            }

            if (a.Id is null || string.IsNullOrWhiteSpace(a.Name) || districts.Sum(d => d.Places.Count) == 0)
            {
                reader.Problem(a.Line, $"Area '{a.Id}' needs an id, a 'name' and some places.");
                continue;
            }

            areas.Add(new CouncilArea(a.Id, a.Name.Trim(), districts));
        }

        return file is null || reader.Problems > 0 ? null : areas;
    }

    private sealed class AreasYaml
    {
        public List<AreaYaml>? Areas { get; set; }
    }

    private sealed class AreaYaml : YamlMapping
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
