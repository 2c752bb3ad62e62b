using System.Globalization;
using Dashboard.Sdk;

namespace Dashboard.Host.Metrics;

/// <summary>A sample as versions before buckets kept it: one LiteDB document per sample, id series plus time. Read only to convert old data folders.</summary>
public sealed class StoredSample
{
    public string Id { get; set; } = "";

    public string SeriesKey { get; set; } = "";

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

    /// <summary>
    /// The document those versions wrote for a sample (to make old data folders in tests and benchmarks); its id sorts a
    /// series by time, so a range read was an id range.
    /// </summary>
    public static StoredSample From(QualifiedSample sample) => new()
    {
        Id = sample.SeriesKey + "|" + sample.Timestamp.UtcTicks.ToString("D19", CultureInfo.InvariantCulture),
        SeriesKey = sample.SeriesKey,
        MetricKey = sample.MetricKey,
        CollectorId = sample.CollectorId,
        Dimensions = new Dictionary<string, string>(sample.Dimensions),
        UtcTicks = sample.Timestamp.UtcTicks,
        Value = sample.Value,
        State = sample.State,
        Basis = sample.Basis,
    };
}
