using System.Runtime.InteropServices;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Every 30 seconds, hands memory the app no longer uses back to the operating system. Start-up
/// (loading the content, building the search index, compiling code) and each page's first render
/// allocate and free a lot, then the app serves stored bytes and allocates little. Two things
/// keep the freed memory resident unless asked (bench/README.md has the measurements):
/// <list type="bullet">
/// <item>the garbage collector keeps its emptied regions committed for reuse (about 4 MB here);
/// an aggressive collection decommits them. The heap is a few MB, so the pause is milliseconds;</item>
/// <item>glibc keeps freed native memory in its per-thread arenas (about 8–10 MB after start-up);
/// <c>malloc_trim</c> returns the free pages and frees nothing in use. Linux with glibc only: on
/// musl, which has no <c>malloc_trim</c>, that half logs once and stops.</item>
/// </list>
/// </summary>
internal sealed partial class MemoryUpkeep(ILogger<MemoryUpkeep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private bool canTrim = OperatingSystem.IsLinux();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                TrimNativeHeap();
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
    }

    private void TrimNativeHeap()
    {
        if (!canTrim)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0); // 1 when pages were returned, 0 when there were none: both are fine.
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            canTrim = false;
            LogNoMallocTrim(logger);
        }
    }

    // DllImport, not LibraryImport: the signature is blittable, and LibraryImport would need unsafe code enabled project-wide.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Information, Message = "This C library has no malloc_trim; freed native memory stays with the process")]
    private static partial void LogNoMallocTrim(ILogger logger);
}
