namespace KnowAboutCse.Web.Content;

/// <summary>One thing wrong with a content file, at a 1-based line.</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when the content cannot be loaded; the message lists every problem with its file and line.</summary>
public sealed class ContentLoadException(IReadOnlyList<ContentProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    /// <summary>
    /// None: the message names every file and line, and a stack trace in the start-up
    /// log would only bury that for the content editor reading it.
    /// </summary>
    public override string? StackTrace => null;

    private static string Describe(IReadOnlyList<ContentProblem> problems) =>
        $"The site's content has {problems.Count} problem(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
