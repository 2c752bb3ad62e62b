using Dashboard.Sdk;

namespace Dashboard.Host.Metrics;

/// <summary>
/// A plugin's sample or figure with its metric key qualified by the collector that produced it. A figure in a state
/// other than <see cref="FigureState.Value"/> (closed, too few data, no data) has no value.
/// </summary>
public sealed record QualifiedSample(
    string CollectorId,
    string MetricKey,
    DateTimeOffset Timestamp,
    double? Value,
    IReadOnlyDictionary<string, string> Dimensions)
{
    public FigureState State { get; init; }

    /// <summary>How many inputs a figure rests on, when the plugin says.</summary>
    public int? Basis { get; init; }

    public string SeriesKey => Metrics.SeriesKey.For(MetricKey, Dimensions);
}
