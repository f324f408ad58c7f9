namespace KnowAboutCse.Tests.Support;

/// <summary>
/// A minimal valid site for loader tests to break: the real data files, a parents section, one
/// site page, and the one page the tools' data links to (the contact finder).
/// </summary>
public static class TinySite
{
    public static ContentFolder Create() => Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "data"))
        .Aggregate(ContentFolder.Empty(), (folder, file) => folder.Write("data/" + Path.GetFileName(file), File.ReadAllText(file)))
        .Write("parents/_index.md", Page("For parents", null, "Welcome."))
        .Write("parents/first.md", Page("First page", 1, "See [the second](/parents/second)."))
        .Write("parents/second.md", Page("Second page", 2, "{{contact nspcc}}"))
        .Write("pages/about.md", Page("About us", 1, "Call {{phone childline}}."))
        .Write("get-help/_index.md", Page("Get help", null, "Call {{phone police-emergency}}."))
        .Write("get-help/who-to-contact.md", Page("Who to contact", 1, "Answer three questions.").Replace("reviewed:", "tool: who-to-contact\nreviewed:", StringComparison.Ordinal));

    public static string Page(string title, int? order, string body) =>
        $"""
        ---
        title: {title}
        description: About {title.ToLowerInvariant()}.
        {(order is null ? "" : $"order: {order}\n")}reviewed: 2026-11-28
        ---

        {body}

        """;
}
