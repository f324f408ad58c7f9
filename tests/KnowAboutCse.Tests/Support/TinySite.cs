namespace KnowAboutCse.Tests.Support;

/// <summary>A minimal valid site (real contacts, one section, one site page) for loader tests to break.</summary>
public static class TinySite
{
    public static ContentFolder Create() => ContentFolder.Empty()
        .Write("data/contacts.yml", File.ReadAllText(Path.Combine(RepoPaths.Content, "data", "contacts.yml")))
        .Write("parents/_index.md", Page("For parents", null, "Welcome."))
        .Write("parents/first.md", Page("First page", 1, "See [the second](/parents/second)."))
        .Write("parents/second.md", Page("Second page", 2, "{{contact nspcc}}"))
        .Write("pages/get-help.md", Page("Get help now", 1, "Call {{phone childline}}."));

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
