using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace KnowAboutCse.Web.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/>. Requests read it without locks;
/// a reload swaps in a whole new snapshot or, if the content is broken, keeps the old one.
/// </summary>
public sealed partial class ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
{
    private ContentSnapshot? current;
    private int version;

    /// <summary>The content folder, absolute.</summary>
    public string RootPath { get; } = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public ContentSnapshot Current => Volatile.Read(ref current)
        ?? throw new InvalidOperationException("The content has not been loaded yet.");

    /// <summary>How many snapshots have been swapped in: 1 after start-up, one more for each reload that succeeds.</summary>
    public int Version => Volatile.Read(ref version);

    /// <summary>Loads the content, throwing <see cref="ContentLoadException"/> if any file is broken.</summary>
    public void Load()
    {
        var started = Stopwatch.GetTimestamp();
        var snapshot = ContentLoader.Load(RootPath);
        Volatile.Write(ref current, snapshot);
        Interlocked.Increment(ref version);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Loaded(snapshot.AllPages.Count, snapshot.Contacts.All.Count, elapsedMs);
    }

    /// <summary>Reloads after an edit; broken content is logged and the last good version keeps serving.</summary>
    public bool TryReload()
    {
        try
        {
            Load();
            return true;
        }
        catch (ContentLoadException ex)
        {
            ReloadFailed(ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PageCount} pages and {ContactCount} contacts in {ElapsedMs} ms")]
    private partial void Loaded(int pageCount, int contactCount, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the last good version. {Problems}")]
    private partial void ReloadFailed(string problems);
}
