namespace Dashboard.Host.Metrics;

/// <summary>The newest value of one series; its id is the series key.</summary>
public sealed class LastValue
{
    public string Id { get; set; } = "";

    public string MetricKey { get; set; } = "";

    public string CollectorId { get; set; } = "";

    public Dictionary<string, string> Dimensions { get; set; } = [];

    /// <summary>UTC ticks: LiteDB keeps DateTime only to the millisecond and reads it back as local time.</summary>
    public long UtcTicks { get; set; }

    public double Value { get; set; }
}
