namespace KnowAboutCse.Tests.Support;

/// <summary>
/// A minimal valid site for loader tests to break: the real data files (languages and strings too), a parents section, one
/// site page, and the pages the tools' data links to (as short stand-ins).
/// </summary>
public static class TinySite
{
    public static ContentFolder Create() => Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "data"), "*", SearchOption.AllDirectories)
        .Aggregate(ContentFolder.Empty(), (folder, file) => folder.Write(Path.GetRelativePath(RepoPaths.Content, file), File.ReadAllText(file)))
        .Write("parents/_index.md", Page("For parents", null, "Welcome."))
        .Write("parents/first.md", Page("First page", 1, "See [the second](/parents/second)."))
        .Write("parents/second.md", Page("Second page", 2, "{{contact nspcc}}"))
        .Write("pages/about.md", Page("About us", 1, "Call {{phone childline}}."))
        .Write("get-help/_index.md", Page("Get help", null, "Call {{phone police-emergency}}."))
        .Write("get-help/who-to-contact.md", Page("Who to contact", 1, "Answer three questions.").Replace("reviewed:", "tool: who-to-contact\nreviewed:", StringComparison.Ordinal))
        .Write("schools/_index.md", Page("For schools", null, "Welcome."))
        .Write("schools/responding-to-a-disclosure.md", Page("Responding to a disclosure", 1, "Tell your DSL."))
        .Write("youngpeople/_index.md", Page("For young people", null, "Welcome."))
        .Write("youngpeople/blackmail-over-pictures.md", Page("Blackmail over pictures", 1, "It is not your fault."))
        .Write("youngpeople/criminal-exploitation.md", Page("Criminal exploitation", 2, "You are a victim."))
        .Write("youngpeople/who-keeps-it-private.md", Page("Who keeps it private", 4, "Childline keeps most things private."))
        .Write("youngpeople/worried-about-a-friend.md", Page("Worried about a friend", 5, "Tell an adult."))
        .Write("youngpeople/what-happens-if-you-tell.md", Page("What happens if you tell", 3, "## If you tell a teacher or the DSL\n\n## If you call the police\n\n## If you contact Childline"));

    /// <summary>A translation of <paramref name="source"/> (in <paramref name="folder"/>), made from its English text as it is now unless <paramref name="hash"/> says otherwise.</summary>
    public static string Translation(ContentFolder folder, string source, string title, string body, string? hash = null, string extra = "") =>
        $"""
        ---
        title: {title}
        description: {title}.
        translation_of: {source}
        source_hash: {hash ?? KnowAboutCse.Web.Translations.SourceHash.OfFile(System.IO.Path.Combine(folder.Path, source))}
        translator: Test translator
        translated_on: 2026-12-03
        {extra}---

        {body}

        """;

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
