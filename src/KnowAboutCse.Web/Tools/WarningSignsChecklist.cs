namespace KnowAboutCse.Web.Tools;

/// <param name="Notices">Words for the top of the result, from the signs ticked (for a missing child: call the police).</param>
public sealed record ChecklistResult(ChecklistBand Band, IReadOnlyList<WarningSign> Ticked, IReadOnlyList<ChecklistNotice> Notices);

/// <summary>
/// The parents' checklist as a pure function of the ticks and <c>content/data/warning-signs.yml</c>.
/// It never diagnoses and never plays a serious sign down: any sign marked serious, or enough
/// signs together, gives "act now". Unknown ids are ignored.
/// </summary>
public static class WarningSignsChecklist
{
    public static ChecklistResult Assess(ChecklistData data, IReadOnlyCollection<string> tickedIds)
    {
        var ticked = data.Signs.Where(s => tickedIds.Contains(s.Id)).ToList();
        var band = ticked.Any(s => s.Serious) ? ChecklistBand.Serious
            : ticked.Count >= data.ActNowSigns ? ChecklistBand.Several
            : ticked.Count > 0 ? ChecklistBand.Some
            : ChecklistBand.None;
        var notices = data.Notices.Where(n => n.WhenTicked.Any(id => ticked.Any(s => s.Id == id))).ToList();

        // Serious signs first, so the first thing read is what matters most; otherwise the checklist's order.
        return new ChecklistResult(band, [.. ticked.OrderByDescending(s => s.Serious)], notices);
    }
}
