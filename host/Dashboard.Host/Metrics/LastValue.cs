using Dashboard.Sdk;

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

    /// <summary>Null when <see cref="State"/> is not <see cref="FigureState.Value"/>.</summary>
    public double? Value { get; set; }

    /// <summary>Documents written before figures had states have none, and read back as <see cref="FigureState.Value"/>.</summary>
    public FigureState State { get; set; }

    public int? Basis { get; set; }

    public static LastValue From(QualifiedSample sample) => new()
    {
        Id = sample.SeriesKey,
        MetricKey = sample.MetricKey,
        CollectorId = sample.CollectorId,
        Dimensions = new Dictionary<string, string>(sample.Dimensions),
        UtcTicks = sample.Timestamp.UtcTicks,
        Value = sample.Value,
        State = sample.State,
        Basis = sample.Basis,
    };
}
