using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>How a guided question is answered: tick any number of options, or choose one.</summary>
public enum GuidedKind
{
    Tick,
    Choose,
}

/// <param name="Says">For "Help me say it": the line the option puts in the note, in the young person's own voice.</param>
public sealed record GuidedOption(string Value, string Label, string? Says);

/// <param name="Blank">The answer a question left blank (or with nothing ticked) counts as.</param>
public sealed record GuidedQuestion(string Id, string Legend, GuidedKind Kind, string Blank, IReadOnlyList<GuidedOption> Options, int Line);

/// <summary>Where a block of the result goes: above its heading (urgent), inside the note, or after it.</summary>
public enum GuidedPlace
{
    Top,
    Note,
    After,
}

/// <summary>
/// One piece of a guided tool's result, shown when <see cref="When"/> matches: a heading and
/// words, the <c>says</c> lines of the options ticked for <see cref="LinesFrom"/>, and contact cards.
/// </summary>
/// <param name="When">For each question named, the answers any one of which shows the block. Empty: always shown.</param>
/// <param name="LinesFrom">A tick question whose ticked options' <c>says</c> lines this block lists.</param>
public sealed record GuidedBlock(
    IReadOnlyDictionary<string, IReadOnlyList<string>> When,
    GuidedPlace Place,
    string? Heading,
    Prose? Text,
    string? LinesFrom,
    IReadOnlyList<string> Contacts,
    int Line);

/// <summary>The words around a guided tool's form and result.</summary>
/// <param name="NoteCaption">Said right under the note heading ("Nobody gets this unless you show it").</param>
/// <param name="Print">The print button's label; null when the result is not meant for printing.</param>
/// <param name="PrintHint">How to print without the button (JavaScript off).</param>
public sealed record GuidedWords(
    Prose FormIntro,
    string Submit,
    string ResultHeading,
    string? NoteCaption,
    string? Print,
    Prose? PrintHint,
    string StartAgain);

/// <summary>A guided tool from its data file: questions, then a result made of the blocks whose conditions match.</summary>
public sealed record GuidedCheckData(string File, IReadOnlyList<GuidedQuestion> Questions, IReadOnlyList<GuidedBlock> Blocks, GuidedWords Words);

/// <summary>A block as shown: its note lines filled in.</summary>
public sealed record ShownBlock(GuidedBlock Block, IReadOnlyList<string> Lines);

public sealed record GuidedResult(IReadOnlyDictionary<string, IReadOnlySet<string>> Answers, IReadOnlyList<ShownBlock> Blocks)
{
    public IEnumerable<ShownBlock> In(GuidedPlace place) => Blocks.Where(b => b.Block.Place == place);
}

/// <summary>
/// "Help me say it" and "My friend made me promise": the answers choose the blocks of the
/// result, by the conditions in the tool's data file. Nothing else decides what is said.
/// </summary>
public static class GuidedCheck
{
    /// <param name="given">Each question's answers as sent; a question with none counts as its blank answer.</param>
    public static GuidedResult Assess(GuidedCheckData data, IReadOnlyDictionary<string, IReadOnlySet<string>> given)
    {
        var answers = data.Questions.ToDictionary(
            q => q.Id,
            q => given.TryGetValue(q.Id, out var values) && values.Count > 0 ? values : (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { q.Blank },
            StringComparer.Ordinal);

        var shown = data.Blocks
            .Where(b => b.When.All(w => answers[w.Key].Overlaps(w.Value)))
            .Select(b => new ShownBlock(b, b.LinesFrom is { } id
                ? [.. data.Questions.Single(q => q.Id == id).Options.Where(o => answers[id].Contains(o.Value) && o.Says is not null).Select(o => o.Says!)]
                : []))
            .Where(b => b.Block.LinesFrom is null || b.Lines.Count > 0)
            .ToList();
        return new GuidedResult(answers, shown);
    }
}
