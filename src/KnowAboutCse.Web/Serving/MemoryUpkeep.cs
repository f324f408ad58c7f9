using System.Runtime.InteropServices;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Hands memory the app no longer uses back to the operating system while the process settles,
/// and later only when the heap has grown. Start-up (loading the content, building the search
/// index, compiling code), a content reload and each page's first render allocate and free a
/// lot, then the app serves stored bytes and allocates little. Two things keep the freed memory
/// resident unless asked (bench/README.md has the measurements):
/// <list type="bullet">
/// <item>the garbage collector keeps its emptied regions committed for reuse (about 4 MB here,
/// more under load); an aggressive collection decommits them. It walks the whole heap, so its
/// pause grows with the heap: milliseconds for the site's few MB, tens of milliseconds or more
/// with thousands of stored responses;</item>
/// <item>glibc keeps freed native memory in its per-thread arenas (about 8–10 MB after start-up);
/// <c>malloc_trim</c> returns the free pages and frees nothing in use. Linux with glibc only: on
/// musl, which has no <c>malloc_trim</c>, that half logs once and stops.</item>
/// </list>
/// Every 30 seconds <see cref="MemoryUpkeepSchedule"/> decides whether both run: at each tick for
/// two minutes after start-up and after a content reload (a new <see cref="ContentStore.Version"/>),
/// then only when the heap has grown. With <c>Site:MemoryUpkeep=false</c> the service is not added.
/// </summary>
internal sealed partial class MemoryUpkeep(ContentStore store, ILogger<MemoryUpkeep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private bool canTrim = OperatingSystem.IsLinux();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = new MemoryUpkeepSchedule(store.Version);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            for (var tick = 1L; await timer.WaitForNextTickAsync(stoppingToken); tick++)
            {
                if (schedule.ShouldRun(tick, store.Version, CommittedBytes()))
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    TrimNativeHeap();
                    schedule.Ran(CommittedBytes());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
    }

    /// <summary>The managed heap's committed memory at the last collection (after an upkeep, the upkeep's own).</summary>
    private static long CommittedBytes() => GC.GetGCMemoryInfo().TotalCommittedBytes;

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
