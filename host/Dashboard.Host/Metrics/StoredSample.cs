namespace Dashboard.Host.Metrics;

/// <summary>A sample as kept in LiteDB. Its id is series plus time, so writing it again replaces it.</summary>
public sealed class StoredSample
{
    public string Id { get; set; } = "";

    public string SeriesKey { get; set; } = "";

    public string MetricKey { get; set; } = "";

    public string CollectorId { get; set; } = "";

    public Dictionary<string, string> Dimensions { get; set; } = [];

    /// <summary>UTC ticks: LiteDB keeps DateTime only to the millisecond and reads it back as local time.</summary>
    public long UtcTicks { get; set; }

    public double Value { get; set; }
}
