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

    /// <summary>The parsed expression, or null with an error under <c>cron</c> when it cannot be read or never fires.</summary>
    public static CronExpression? TryParse(string cron, TimeZoneInfo? zone, Dictionary<string, string[]> errors)
    {
        CronExpression expression;
        try
        {
            expression = Parse(cron);
        }
        catch (CronFormatException exception)
        {
            errors["cron"] = [$"'{cron}' is not a cron expression ({exception.Message}). Examples: '*/5 * * * *' (every 5 minutes), '0 8 * * 1-5' (08:00 on weekdays), '*/30 * * * * *' (every 30 seconds)."];
            return null;
        }

        if (expression.GetNextOccurrence(DateTimeOffset.UtcNow, zone ?? TimeZoneInfo.Utc) is null)
        {
            errors["cron"] = [$"'{cron}' never fires (no such date, e.g. 30 February); give a schedule that runs."];
            return null;
        }

        return expression;
    }

    /// <summary>The IANA time zone, or null with an error under <c>timeZone</c>.</summary>
    public static TimeZoneInfo? FindTimeZone(string timeZone, Dictionary<string, string[]> errors)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            return zone;
        }

        errors["timeZone"] = [$"Unknown time zone '{timeZone}'; use an IANA id such as 'Europe/Helsinki'."];
        return null;
    }

    public static DateTimeOffset? NextRun(Collector collector, DateTimeOffset after) =>
        collector is { Enabled: true, Paused: false }
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
