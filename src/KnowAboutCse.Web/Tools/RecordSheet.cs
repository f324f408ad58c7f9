using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <param name="Hint">Under the label: what to put, for example.</param>
/// <param name="MaxLength">The most characters the field takes; the browser stops there, and the site refuses more.</param>
/// <param name="Rows">The box's height on screen, and the lines left to write on by hand when it is left empty.</param>
public sealed record RecordField(string Id, string Label, string? Hint, int MaxLength, int Rows, int Line);

/// <summary>The words of "Keep a record", from <c>content/data/keep-a-record.yml</c>.</summary>
/// <param name="FormIntro">Above the fields: what not to do (view, save or forward an image; confront anyone; change the phone).</param>
/// <param name="SheetIntro">At the top of the printed sheet.</param>
/// <param name="TooLong">The error for an over-long field: <c>{label}</c> and <c>{max}</c> are filled in.</param>
/// <param name="Contacts">The contacts at the foot of the sheet.</param>
public sealed record RecordSheetData(
    Prose FormIntro,
    IReadOnlyList<RecordField> Fields,
    string Submit,
    string SheetHeading,
    Prose SheetIntro,
    string Print,
    Prose PrintHint,
    string StartAgain,
    string ErrorHeading,
    string TooLong,
    IReadOnlyList<string> Contacts);

/// <summary>What the parent typed, field by field, only for the one response that shows it; and any field that was too long.</summary>
public sealed record RecordSheetEntry(IReadOnlyDictionary<string, string> Values, IReadOnlyList<RecordField> TooLong)
{
    public string this[RecordField field] => Values.GetValueOrDefault(field.Id, string.Empty);

    /// <summary>
    /// Reads the fields offered; anything else sent is ignored. A form sends each line break as
    /// \r\n but the browser's <c>maxlength</c> counts it as one character, so lengths are counted after \r\n becomes \n.
    /// </summary>
    public static RecordSheetEntry Read(RecordSheetData data, Func<string, string> field)
    {
        var values = data.Fields.ToDictionary(f => f.Id, f => field(f.Id).Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), StringComparer.Ordinal);
        return new RecordSheetEntry(values, [.. data.Fields.Where(f => values[f.Id].Length > f.MaxLength)]);
    }
}
