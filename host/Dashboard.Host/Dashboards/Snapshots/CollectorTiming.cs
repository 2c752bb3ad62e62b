using System.Collections.Concurrent;
using Dashboard.Host.Collectors;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// A collector's longest gap between runs over the next day, remembered for a few minutes per schedule: working it out
/// walks up to two thousand cron occurrences, too much for every snapshot of a wall of screens.
/// </summary>
public sealed class CollectorTiming(TimeProvider time)
{
    private static readonly TimeSpan RememberedFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(string Cron, string TimeZone), (DateTimeOffset At, TimeSpan Interval)> _intervals = new();

    public TimeSpan IntervalOf(Collector collector)
    {
        var now = time.GetUtcNow();
        var key = (collector.Cron, collector.TimeZone);
        if (_intervals.TryGetValue(key, out var known) && now - known.At < RememberedFor)
        {
            return known.Interval;
        }

        var interval = CollectorSchedule.LongestInterval(collector, now);
        _intervals[key] = (now, interval);
        return interval;
    }
}
