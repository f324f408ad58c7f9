namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Decides, at each of <see cref="MemoryUpkeep"/>'s ticks, whether an upkeep should run. It does
/// nothing but compare the numbers it is given, so tests can drive it tick by tick:
/// <list type="bullet">
/// <item>while the process is settling, every tick runs: for <see cref="SettlingTime"/> after
/// start-up, and again after each content reload it is told of (a new content version);</item>
/// <item>after that, a tick runs only when the managed heap's committed memory has grown since
/// the last upkeep by a quarter of what the upkeep left, and by at least
/// <see cref="MinimumGrowthBytes"/>. An upkeep's cost grows with the heap, so on a large heap
/// (thousands of stored responses) it runs only when there is a share of that heap to give
/// back; on a flat heap it does not run at all.</item>
/// </list>
/// </summary>
internal sealed class MemoryUpkeepSchedule(int contentVersion)
{
    /// <summary>How long after start-up, or after a reload, every tick runs an upkeep.</summary>
    public static readonly TimeSpan SettlingTime = TimeSpan.FromMinutes(2);

    /// <summary>The least growth that runs an upkeep after settling, whatever the heap's size.</summary>
    public const long MinimumGrowthBytes = 4 * 1024 * 1024;

    private int seenVersion = contentVersion;
    private TimeSpan settlingEnds = SettlingTime;
    private long committedAfterUpkeep;

    /// <summary>Whether to run an upkeep now.</summary>
    /// <param name="uptime">Time since the upkeep service started.</param>
    /// <param name="contentVersion">The content store's version: a new one means content was reloaded.</param>
    /// <param name="committedBytes">The managed heap's committed memory now.</param>
    public bool ShouldRun(TimeSpan uptime, int contentVersion, long committedBytes)
    {
        if (contentVersion != seenVersion)
        {
            seenVersion = contentVersion;
            settlingEnds = uptime + SettlingTime;
        }

        return uptime < settlingEnds
            || committedBytes - committedAfterUpkeep >= Math.Max(MinimumGrowthBytes, committedAfterUpkeep / 4);
    }

    /// <summary>Records what an upkeep left: later growth is measured from it.</summary>
    public void Ran(long committedBytes) => committedAfterUpkeep = committedBytes;
}
