namespace KnowAboutCse.Web.Tools;

/// <summary>The interactive tools a content page can carry with <c>tool:</c> in its front matter.</summary>
public static class ToolNames
{
    public const string RelationshipCheck = "relationship-check";
    public const string WhoToContact = "who-to-contact";
    public const string WarningSignsChecklist = "warning-signs-checklist";

    public static readonly IReadOnlyList<string> All = [RelationshipCheck, WhoToContact, WarningSignsChecklist];
}

public enum Answer
{
    Yes,
    Sometimes,
    No,
}

/// <summary>A relationship-check question; <see cref="Weight"/> 3 means an answer of concern may mean danger.</summary>
public sealed record RelationshipQuestion(string Id, string Text, Answer ConcernWhen, int Weight, string Why);

public sealed record WarningSign(string Id, string Text, string Meaning);

public sealed record WarningSignGroup(string Id, string Title, IReadOnlyList<WarningSign> Signs);

/// <summary>A council area and the places in it, for "not sure which council?".</summary>
public sealed record Area(string Id, string Name, IReadOnlyList<AreaDistrict> Districts);

public sealed record AreaDistrict(string? Name, IReadOnlyList<string> Places);

/// <summary>The tools' data from <c>content/data/</c>, loaded and checked with the rest of the content.</summary>
public sealed record ToolData(
    IReadOnlyList<RelationshipQuestion> RelationshipQuestions,
    IReadOnlyList<WarningSignGroup> WarningSignGroups,
    IReadOnlyList<Area> Areas);
