namespace KnowAboutCse.Tests.Support;

/// <summary>A throwaway copy of the real content folder that a test can break, deleted afterwards.</summary>
public sealed class ContentFolder : IDisposable
{
    private ContentFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A copy of the site's real content.</summary>
    public static ContentFolder CopyOfReal()
    {
        var folder = Empty();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    /// <summary>An empty folder, for tests that build a tiny site of their own.</summary>
    public static ContentFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "knowaboutcse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new ContentFolder(path);
    }

    public ContentFolder Write(string relativePath, string text)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Gives the site's owner a feedback address, as the partnerships will before launch.</summary>
    public ContentFolder WithFeedbackAddress(string email = "feedback@example.org") =>
        Write("data/site.yml", Read("data/site.yml") + $"feedback_email: {email}\n");

    /// <summary>Marks every contact not yet confirmed as checked, for tests of content with no warnings at all.</summary>
    public ContentFolder WithEveryContactConfirmed() =>
        Write("data/contacts.yml", Read("data/contacts.yml").Replace(
            "    unverified: true\n", "    source:\n      title: A test's source\n    checked: 2026-12-02\n", StringComparison.Ordinal));

    /// <summary>Marks the bank holidays as confirmed on their source, for tests of content with no warnings at all.</summary>
    public ContentFolder WithBankHolidaysConfirmed() => Replace("data/bank-holidays.yml", "  unconfirmed: true\n", string.Empty);

    /// <summary>Replaces text in a copied file; fails if the text is not there, so a test never checks an edit that did not happen.</summary>
    public ContentFolder Replace(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return Write(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    /// <summary>The 1-based line of the one line in the file that is exactly <paramref name="text"/>.</summary>
    public int LineOf(string relativePath, string text)
    {
        var lines = Read(relativePath).Split('\n');
        Assert.Single(lines, l => l == text);
        return Array.IndexOf(lines, text) + 1;
    }

    /// <summary>
    /// Replaces <paramref name="find"/> in <paramref name="relativePath"/> with <paramref name="replace"/>, then checks that
    /// loading fails with a problem in that file at the line where <paramref name="problemAt"/> now is.
    /// </summary>
    public void AssertBreakingStopsLoadingAt(string relativePath, string find, string replace, string problemAt)
    {
        var original = Read(relativePath);
        Assert.Contains(find, original, StringComparison.Ordinal);
        var broken = original.Replace(find, replace, StringComparison.Ordinal);
        Write(relativePath, broken);
        var line = broken[..broken.IndexOf(problemAt, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<KnowAboutCse.Web.Content.ContentLoadException>(() => KnowAboutCse.Web.Content.ContentLoader.Load(Path));

        Assert.Contains(error.Problems, p => p.File == relativePath && p.Line == line);
    }

    /// <summary>Loading this folder fails: every problem it names.</summary>
    public IReadOnlyList<KnowAboutCse.Web.Content.ContentProblem> LoadProblems() =>
        Assert.Throws<KnowAboutCse.Web.Content.ContentLoadException>(() => KnowAboutCse.Web.Content.ContentLoader.Load(Path)).Problems;

    /// <summary>Loading this folder fails with exactly one problem, which the exception's message names: that problem.</summary>
    public KnowAboutCse.Web.Content.ContentProblem SingleLoadProblem()
    {
        var ex = Assert.Throws<KnowAboutCse.Web.Content.ContentLoadException>(() => KnowAboutCse.Web.Content.ContentLoader.Load(Path));
        var problem = Assert.Single(ex.Problems);
        Assert.Contains(problem.ToString(), ex.Message, StringComparison.Ordinal);
        return problem;
    }

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold a handle for a moment; the temp folder is cleaned by the OS.
        }
    }
}
