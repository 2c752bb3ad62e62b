namespace Dashboard.Host.Metrics;

/// <summary>The resolutions the store keeps, finest first; the value is the length of one interval in ticks (raw: none).</summary>
public enum MetricResolution : long
{
    Raw = 0,
    Minute = TimeSpan.TicksPerMinute,
    Hour = TimeSpan.TicksPerHour,
    Day = TimeSpan.TicksPerDay,
}
