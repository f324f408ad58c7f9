namespace KnowAboutCse.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the real content and source.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Source => Path.Combine(Root, "src", "KnowAboutCse.Web");

    public static string WebRoot => Path.Combine(Source, "wwwroot");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowAboutCse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowAboutCse.sln not found above " + AppContext.BaseDirectory);
    }
}
