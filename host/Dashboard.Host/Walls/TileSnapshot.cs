using Dashboard.Host.Metrics;
using Dashboard.Sdk;

namespace Dashboard.Host.Walls;

/// <summary>One metric of one collector on a wall.</summary>
/// <param name="Dimensions">The dimensions of the series the tile shows: none, or the collector's first window.</param>
/// <param name="StaleAfterSeconds">After this long without a new value the wall marks the tile stale.</param>
public sealed record TileSnapshot(
    string MetricKey,
    IReadOnlyDictionary<string, string> Dimensions,
    string CollectorId,
    string Title,
    string Subtitle,
    string Unit,
    MetricDirection Direction,
    double? Target,
    int StaleAfterSeconds,
    SamplePoint? Last,
    IReadOnlyList<SamplePoint> History,
    string? CollectorError);
