namespace Dashboard.Host.Metrics;

/// <summary>A plugin's sample with its metric key qualified by the collector that produced it.</summary>
public sealed record QualifiedSample(
    string CollectorId,
    string MetricKey,
    DateTimeOffset Timestamp,
    double Value,
    IReadOnlyDictionary<string, string> Dimensions)
{
    public string SeriesKey => Metrics.SeriesKey.For(MetricKey, Dimensions);

    public bool IsOverall => Dimensions.Count == 0;
}
