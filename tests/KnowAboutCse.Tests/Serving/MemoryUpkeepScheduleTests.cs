using KnowAboutCse.Web.Serving;

namespace KnowAboutCse.Tests.Serving;

/// <summary>
/// When memory upkeep runs, driven tick by tick with made-up heap numbers,
/// as <see cref="MemoryUpkeep"/> drives it every 30 seconds.
/// </summary>
public sealed class MemoryUpkeepScheduleTests
{
    private const long MB = 1024 * 1024;

    /// <summary>What a small site's upkeep leaves committed (a few MB, as on the real site).</summary>
    private const long SmallHeap = 8 * MB;

    /// <summary>An hour of ticks after <paramref name="after"/>.</summary>
    private static IEnumerable<long> AnHourOfTicks(long after) => Enumerable.Range(1, 120).Select(i => after + i);

    /// <summary>Takes a schedule through start-up, each upkeep leaving <paramref name="heap"/>; returns the last settling tick.</summary>
    private static long Settle(MemoryUpkeepSchedule schedule, long heap)
    {
        for (var tick = 1L; tick <= MemoryUpkeepSchedule.SettlingTicks; tick++)
        {
            Assert.True(schedule.ShouldRun(tick, 1, heap));
            schedule.Ran(heap);
        }

        return MemoryUpkeepSchedule.SettlingTicks;
    }

    [Fact]
    public void StartUp_EveryTickWhileSettling_Runs_EvenWithTheHeapFlat()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);

        for (var tick = 1L; tick <= MemoryUpkeepSchedule.SettlingTicks; tick++)
        {
            Assert.True(schedule.ShouldRun(tick, 1, SmallHeap), $"no upkeep at tick {tick} while settling");
            schedule.Ran(SmallHeap);
        }
    }

    [Fact]
    public void AfterSettling_HeapFlatOrBarelyGrown_DoesNotRun()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var settled = Settle(schedule, SmallHeap);

        foreach (var tick in AnHourOfTicks(settled))
        {
            Assert.False(schedule.ShouldRun(tick, 1, SmallHeap), $"upkeep at tick {tick} with the heap flat");
            Assert.False(schedule.ShouldRun(tick, 1, SmallHeap + (MemoryUpkeepSchedule.MinimumGrowthBytes / 2)), $"upkeep at tick {tick} for half the least growth");
        }
    }

    [Fact]
    public void AfterSettling_HeapGrownByTheLeastGrowth_RunsOnce_ThenMeasuresFromWhatItLeft()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var tick = Settle(schedule, SmallHeap);
        var grown = SmallHeap + MemoryUpkeepSchedule.MinimumGrowthBytes;

        Assert.False(schedule.ShouldRun(++tick, 1, grown - 1));
        Assert.True(schedule.ShouldRun(++tick, 1, grown));
        schedule.Ran(grown);

        Assert.False(schedule.ShouldRun(++tick, 1, grown), "the upkeep's result is the new baseline");
        Assert.False(schedule.ShouldRun(++tick, 1, grown + (MemoryUpkeepSchedule.MinimumGrowthBytes / 2)));
        Assert.True(schedule.ShouldRun(++tick, 1, grown + MemoryUpkeepSchedule.MinimumGrowthBytes));
    }

    [Fact]
    public void AfterSettling_LargeHeap_RunsOnlyWhenItGrowsByAQuarter()
    {
        // Thousands of stored responses: an upkeep walks all of it, so growth of a few MB is not worth one.
        var large = 400 * MB;
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var tick = Settle(schedule, large);

        Assert.False(schedule.ShouldRun(++tick, 1, large + (4 * MemoryUpkeepSchedule.MinimumGrowthBytes)));
        Assert.False(schedule.ShouldRun(++tick, 1, large + (large / 5)));
        Assert.True(schedule.ShouldRun(++tick, 1, large + (large / 4)));
    }

    [Fact]
    public void Reload_AfterSettling_RunsEveryTickWhileSettlingAgain_ThenStops()
    {
        var schedule = new MemoryUpkeepSchedule(contentVersion: 1);
        var settled = Settle(schedule, SmallHeap);
        var reloadSeen = settled + 10;
        var runs = new List<long>();

        foreach (var tick in AnHourOfTicks(settled))
        {
            if (schedule.ShouldRun(tick, tick < reloadSeen ? 1 : 2, SmallHeap))
            {
                schedule.Ran(SmallHeap);
                runs.Add(tick);
            }
        }

        var settlingAgain = Enumerable.Range(0, MemoryUpkeepSchedule.SettlingTicks).Select(i => reloadSeen + i);
        Assert.Equal(settlingAgain, runs);
    }
}
