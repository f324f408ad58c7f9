namespace KnowAboutCse.Tests.Support;

/// <summary>A minimal valid site (the real data files, one section, one site page) for loader tests to break.</summary>
public static class TinySite
{
    public static ContentFolder Create() => Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "data"))
        .Aggregate(ContentFolder.Empty(), (folder, file) => folder.Write("data/" + Path.GetFileName(file), File.ReadAllText(file)))
        .Write("parents/_index.md", Page("For parents", null, "Welcome."))
        .Write("parents/first.md", Page("First page", 1, "See [the second](/parents/second)."))
        .Write("parents/second.md", Page("Second page", 2, "{{contact nspcc}}"))
        .Write("pages/about.md", Page("About us", 1, "Call {{phone childline}}."));

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
