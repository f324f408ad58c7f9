using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Checks the values of one YAML data file as it is turned into records: every problem names
/// the file and the line of the item it belongs to, and words are rendered as <see cref="Prose"/>.
/// </summary>
internal sealed class DataFileReader(string file, ContactDirectory contacts, IReadOnlySet<string> addresses, List<ContentProblem> problems)
{
    private int count;

    /// <summary>How many problems this file has had.</summary>
    public int Problems => count;

    public void Problem(int line, string message)
    {
        problems.Add(new ContentProblem(file, line, message));
        count++;
    }

    /// <summary>Reads the file; null (with a problem) when it is missing or is not valid YAML.</summary>
    public T? Read<T>(string contentRoot)
        where T : class
    {
        var before = problems.Count;
        var data = YamlText.ReadFile<T>(contentRoot, file, "This data file is missing.", problems);
        count += problems.Count - before;
        return data;
    }

    /// <summary>Required plain text, trimmed.</summary>
    public string? Text(string? value, string what, int line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(line, $"{what} needs its text.");
            return null;
        }

        return value.Trim();
    }

    /// <summary>Required Markdown, rendered.</summary>
    public Prose? Prose(string? text, string what, int line)
    {
        var before = problems.Count;
        var prose = Content.Prose.Read(text, what, file, line, contacts, addresses, problems);
        count += problems.Count - before;
        return prose;
    }

    /// <summary>Contact ids that must all be in the contacts file; an empty list is a problem when <paramref name="required"/>.</summary>
    public IReadOnlyList<string> ContactIds(List<string>? ids, string what, int line, bool required = true)
    {
        if (required && ids is not { Count: > 0 })
        {
            Problem(line, $"{what} needs at least one contact id.");
            return [];
        }

        foreach (var id in (ids ?? []).Where(id => !contacts.TryGet(id, out _) && !contacts.BrokenIds.Contains(id)))
        {
            Problem(line, $"{what} names contact '{id}', which is not in {ContactsFile.RelativePath}.");
        }

        return ids ?? [];
    }

    /// <summary>A required, unique, lower-case id.</summary>
    public bool Id(string? id, string what, int line, ISet<string> seen)
    {
        if (id is null || !Slug.IsValid(id) || !seen.Add(id))
        {
            Problem(line, $"{what} id '{id}' must be unique, lower-case words joined by hyphens.");
            return false;
        }

        return true;
    }
}
