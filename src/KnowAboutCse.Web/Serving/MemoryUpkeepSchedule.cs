namespace KnowAboutCse.Web.Serving;

/// <summary>
/// Decides, at each of <see cref="MemoryUpkeep"/>'s ticks, whether an upkeep should run. It does
/// nothing but compare the numbers it is given, so tests can drive it tick by tick:
/// <list type="bullet">
/// <item>while the process is settling, every tick runs: the first <see cref="SettlingTicks"/>
/// after start-up, and again the first <see cref="SettlingTicks"/> after each content reload it
/// is told of (a new content version);</item>
/// <item>after that, a tick runs only when the managed heap's committed memory has grown since
/// the last upkeep by a quarter of what the upkeep left, and by at least
/// <see cref="MinimumGrowthBytes"/>. An upkeep's cost grows with the heap, so on a large heap
/// (thousands of stored responses) it runs only when there is a share of that heap to give
/// back; on a flat heap it does not run at all.</item>
/// </list>
/// Time is counted in ticks, not measured: a tick due exactly when settling ends would otherwise
/// run or not by a millisecond of timer jitter.
/// </summary>
internal sealed class MemoryUpkeepSchedule(int contentVersion)
{
    /// <summary>How many ticks run an upkeep after start-up, or after a reload, whatever the heap.</summary>
    public const int SettlingTicks = 4;

    /// <summary>The least growth that runs an upkeep after settling, whatever the heap's size.</summary>
    public const long MinimumGrowthBytes = 4 * 1024 * 1024;

    private int seenVersion = contentVersion;
    private long lastSettlingTick = SettlingTicks;
    private long committedAfterUpkeep;

    /// <summary>Whether to run an upkeep now.</summary>
    /// <param name="tick">The tick's number: 1 for the first after start-up, then 2, 3 and so on.</param>
    /// <param name="contentVersion">The content store's version: a new one means content was reloaded.</param>
    /// <param name="committedBytes">The managed heap's committed memory now.</param>
    public bool ShouldRun(long tick, int contentVersion, long committedBytes)
    {
        if (contentVersion != seenVersion)
        {
            seenVersion = contentVersion;
            lastSettlingTick = tick + SettlingTicks - 1;
        }

        return tick <= lastSettlingTick
            || committedBytes - committedAfterUpkeep >= Math.Max(MinimumGrowthBytes, committedAfterUpkeep / 4);
    }

    /// <summary>Records what an upkeep left: later growth is measured from it.</summary>
    public void Ran(long committedBytes) => committedAfterUpkeep = committedBytes;
}
