using KnowAboutCse.Web.Serving;

namespace KnowAboutCse.Tests.Serving;

/// <summary>
/// When memory upkeep runs, driven tick by tick with made-up clock and heap numbers,
/// as <see cref="MemoryUpkeep"/> would drive it every <see cref="MemoryUpkeep.Interval"/>.
/// </summary>
public sealed class MemoryUpkeepScheduleTests
{
    private const long MB = 1024 * 1024;

    /// <summary>What a small site's upkeep leaves committed (a few MB, as on the real site).</summary>
    private const long SmallHeap = 8 * MB;

    private static readonly TimeSpan Tick = MemoryUpkeep.Interval;

    /// <summary>The tick times from <paramref name="from"/> (exclusive) up to <paramref name="until"/> (inclusive).</summary>
    private static IEnumerable<TimeSpan> Ticks(TimeSpan from, TimeSpan until)
    {
        for (var t = from + Tick; t <= until; t += Tick)
        {
            yield return t;
        }
    }

    /// <summary>A schedule taken through start-up, each upkeep leaving <paramref name="heap"/> committed; returns the last tick's time.</summary>
    private static TimeSpan Settle(MemoryUpkeepSchedule schedule, int version, long heap)
    {
        var last = TimeSpan.Zero;
        foreach (var t in Ticks(TimeSpan.Zero, MemoryUpkeepSchedule.SettlingTime + Tick))
        {
            if (schedule.ShouldRun(t, version, heap))
            {
                schedule.Ran(heap);
            }

            last = t;
        }

        return last;
    }

    [Fact]
    public void StartUp_EveryTickWhileSettling_Runs_EvenWithTheHeapFlat()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var settling = Ticks(TimeSpan.Zero, MemoryUpkeepSchedule.SettlingTime).Where(t => t < MemoryUpkeepSchedule.SettlingTime).ToList();
        Assert.True(settling.Count > 1, "settling spans several ticks");

        foreach (var t in settling)
        {
            Assert.True(schedule.ShouldRun(t, 1, SmallHeap), $"no upkeep at {t} while settling");
            schedule.Ran(SmallHeap);
        }
    }

    [Fact]
    public void AfterSettling_HeapFlatOrBarelyGrown_DoesNotRun()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var settled = Settle(schedule, 1, SmallHeap);

        foreach (var t in Ticks(settled, settled + TimeSpan.FromHours(1)))
        {
            Assert.False(schedule.ShouldRun(t, 1, SmallHeap), $"upkeep at {t} with the heap flat");
            Assert.False(schedule.ShouldRun(t, 1, SmallHeap + (MemoryUpkeepSchedule.MinimumGrowthBytes / 2)), $"upkeep at {t} for half the least growth");
        }
    }

    [Fact]
    public void AfterSettling_HeapGrownByTheLeastGrowth_RunsOnce_ThenMeasuresFromWhatItLeft()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var t = Settle(schedule, 1, SmallHeap);
        var grown = SmallHeap + MemoryUpkeepSchedule.MinimumGrowthBytes;

        Assert.False(schedule.ShouldRun(t += Tick, 1, grown - 1));
        Assert.True(schedule.ShouldRun(t += Tick, 1, grown));
        schedule.Ran(grown);

        Assert.False(schedule.ShouldRun(t += Tick, 1, grown), "the upkeep's result is the new baseline");
        Assert.False(schedule.ShouldRun(t += Tick, 1, grown + (MemoryUpkeepSchedule.MinimumGrowthBytes / 2)));
        Assert.True(schedule.ShouldRun(t + Tick, 1, grown + MemoryUpkeepSchedule.MinimumGrowthBytes));
    }

    [Fact]
    public void AfterSettling_LargeHeap_RunsOnlyWhenItGrowsByAQuarter()
    {
        // Thousands of stored responses: an upkeep walks all of it, so growth of a few MB is not worth one.
        var large = 400 * MB;
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var t = Settle(schedule, 1, large);

        Assert.False(schedule.ShouldRun(t += Tick, 1, large + (4 * MemoryUpkeepSchedule.MinimumGrowthBytes)));
        Assert.False(schedule.ShouldRun(t += Tick, 1, large + (large / 5)));
        Assert.True(schedule.ShouldRun(t + Tick, 1, large + (large / 4)));
    }

    [Fact]
    public void Reload_AfterSettling_RunsEveryTickWhileSettlingAgain_ThenStops()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var settled = Settle(schedule, 1, SmallHeap);
        var reloadSeen = settled + Tick;

        foreach (var t in Ticks(settled, settled + TimeSpan.FromHours(1)))
        {
            var settlingAgain = t < reloadSeen + MemoryUpkeepSchedule.SettlingTime;
            var run = schedule.ShouldRun(t, 2, SmallHeap);
            Assert.True(run == settlingAgain, $"at {t}: ran {run}, settling after the reload {settlingAgain}");
            if (run)
            {
                schedule.Ran(SmallHeap);
            }
        }
    }
}
