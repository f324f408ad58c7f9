namespace KnowAboutCse.Web.Tools;

public enum SignCount
{
    None,
    One,
    Some,
    Several,
}

public sealed record ChecklistResult(SignCount Count, IReadOnlyList<WarningSign> Ticked);

/// <summary>
/// The parents' checklist as a pure function. It never diagnoses: it says what the ticked
/// signs can mean and what to do, more urgently as more are ticked. Unknown ids are ignored.
/// </summary>
public static class WarningSignsChecklist
{
    /// <summary>This many signs or more together are "several": a reason to act now.</summary>
    public const int Several = 3;

    public static ChecklistResult Assess(IReadOnlyList<WarningSignGroup> groups, IReadOnlyCollection<string> tickedIds)
    {
        var ticked = groups.SelectMany(g => g.Signs).Where(s => tickedIds.Contains(s.Id)).ToList();
        var count = ticked.Count switch
        {
            0 => SignCount.None,
            1 => SignCount.One,
            < Several => SignCount.Some,
            _ => SignCount.Several,
        };
        return new ChecklistResult(count, ticked);
    }
}
