namespace Dashboard.Host.Scheduling;

/// <summary>A cron expression in words and its next runs, in the collector's time zone (each with that zone's offset).</summary>
public sealed record SchedulePreview(string Cron, string TimeZone, string Description, IReadOnlyList<DateTimeOffset> NextRuns);
