using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>Loads and checks <c>data/keep-a-record.yml</c>: the parent's record sheet.</summary>
internal static class RecordSheetFile
{
    public const string RelativePath = "data/keep-a-record.yml";

    /// <summary>The longest any one field may be: a record sheet is a page of notes, not a document.</summary>
    public const int MostCharacters = 2000;

    public static RecordSheetData? Load(string contentRoot, DataFileReader reader)
    {
        if (reader.Read<FileYaml>(contentRoot) is not { } file)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<RecordField>();
        foreach (var f in file.Fields ?? [])
        {
            if (!reader.Id(f.Id, "Field", f.Line, ids) || reader.Text(f.Label, $"Field '{f.Id}' 'label'", f.Line) is not { } label)
            {
                continue;
            }

            if (f.Max is < 1 or > MostCharacters || f.Rows is < 1 or > 12)
            {
                reader.Problem(f.Line, $"Field '{f.Id}' needs 'max' between 1 and {MostCharacters} characters and 'rows' between 1 and 12.");
                continue;
            }

            fields.Add(new RecordField(f.Id!, label, string.IsNullOrWhiteSpace(f.Hint) ? null : f.Hint.Trim(), f.Max, f.Rows, f.Line));
        }

        if (fields.Count == 0)
        {
            reader.Problem(file.LineFor("fields"), "The record sheet needs 'fields'.");
        }

        var intro = reader.Prose(file.FormIntro, "'form_intro'", file.LineFor("form_intro"));
        var submit = reader.Text(file.Submit, "'submit'", file.LineFor("submit"));
        var heading = reader.Text(file.SheetHeading, "'sheet_heading'", file.LineFor("sheet_heading"));
        var sheetIntro = reader.Prose(file.SheetIntro, "'sheet_intro'", file.LineFor("sheet_intro"));
        var print = reader.Text(file.Print, "'print'", file.LineFor("print"));
        var hint = reader.Prose(file.PrintHint, "'print_hint'", file.LineFor("print_hint"));
        var again = reader.Text(file.StartAgain, "'start_again'", file.LineFor("start_again"));
        var errorHeading = reader.Text(file.ErrorHeading, "'error_heading'", file.LineFor("error_heading"));
        var tooLong = reader.Text(file.TooLong, "'too_long'", file.LineFor("too_long"));
        if (tooLong is not null && (!tooLong.Contains("{label}", StringComparison.Ordinal) || !tooLong.Contains("{max}", StringComparison.Ordinal)))
        {
            reader.Problem(file.LineFor("too_long"), "'too_long' must say which field ({label}) and how long it may be ({max}).");
        }

        var contacts = reader.ContactIds(file.Contacts, "'contacts'", file.LineFor("contacts"));
        return reader.Problems > 0
            ? null
            : new RecordSheetData(intro!, fields, submit!, heading!, sheetIntro!, print!, hint!, again!, errorHeading!, tooLong!, contacts);
    }

    private sealed class FileYaml : YamlMapping
    {
        public string? FormIntro { get; set; }
        public List<FieldYaml>? Fields { get; set; }
        public string? Submit { get; set; }
        public string? SheetHeading { get; set; }
        public string? SheetIntro { get; set; }
        public string? Print { get; set; }
        public string? PrintHint { get; set; }
        public string? StartAgain { get; set; }
        public string? ErrorHeading { get; set; }
        public string? TooLong { get; set; }
        public List<string>? Contacts { get; set; }
    }

    private sealed class FieldYaml : YamlMapping
    {
        public string? Id { get; set; }
        public string? Label { get; set; }
        public string? Hint { get; set; }
        public int Max { get; set; }
        public int Rows { get; set; }
    }
}
