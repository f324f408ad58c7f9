namespace KnowAboutCse.Web.Content;

/// <summary>Where the site's Markdown and data files live, and whether they reload when edited.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section: <c>Content</c> (environment variables <c>Content__Path</c>, <c>Content__Watch</c>).</summary>
    public const string SectionName = "Content";

    /// <summary>The content folder; a relative path is resolved against the app's content root.</summary>
    public string Path { get; set; } = "content";

    /// <summary>Reload the content when a file changes, keeping the last good version if the new one is broken.</summary>
    public bool Watch { get; set; }
}
