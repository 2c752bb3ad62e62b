using Cronos;

namespace Dashboard.Host.Collectors;

/// <summary>Reads a collector's cron expression the way Hangfire does: five fields, or six with seconds first.</summary>
public static class CollectorSchedule
{
    public static CronExpression Parse(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
    }

    public static DateTimeOffset? NextRun(Collector collector, DateTimeOffset after) =>
        collector.Enabled
            ? Parse(collector.Cron).GetNextOccurrence(after, TimeZoneInfo.FindSystemTimeZoneById(collector.TimeZone))
            : null;

    /// <summary>The longest gap between two runs over the next day, so a wall can tell a late value from a stale one.</summary>
    public static TimeSpan LongestInterval(Collector collector, DateTimeOffset from)
    {
        var expression = Parse(collector.Cron);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(collector.TimeZone);
        var occurrences = expression.GetOccurrences(from, from.AddDays(1), zone).Take(2_000).ToList();
        if (occurrences.Count < 2)
        {
            return TimeSpan.FromDays(1);
        }

        return occurrences.Zip(occurrences.Skip(1), (earlier, later) => later - earlier).Max();
    }
}
