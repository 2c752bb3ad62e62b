using System.Globalization;
using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Reading;

namespace Dashboard.Hangfire.LiteDB.Internal.Monitoring;

/// <summary>The daily and hourly counters written by Hangfire's statistics filter ("stats:succeeded:2026-11-23[-14]").</summary>
internal static class StatisticsReads
{
    public static Dictionary<DateTime, long> Daily(StorageDatabase database, string kind)
    {
        var today = DateTime.UtcNow.Date;
        return Enumerable.Range(0, 7).Select(days => today.AddDays(-days)).ToDictionary(
            date => date,
            date => CollectionReads.Counter(database, $"stats:{kind}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
    }

    public static Dictionary<DateTime, long> Hourly(StorageDatabase database, string kind)
    {
        var now = DateTime.UtcNow;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, 24).Select(hours => hour.AddHours(-hours)).ToDictionary(
            time => time,
            time => CollectionReads.Counter(database, $"stats:{kind}:{time.ToString("yyyy-MM-dd-HH", CultureInfo.InvariantCulture)}"));
    }
}
