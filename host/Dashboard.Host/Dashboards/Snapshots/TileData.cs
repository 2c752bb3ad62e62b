using Dashboard.Host.Metrics;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// What a tile shows, resolved: the qualified metric and series, the metric's unit, direction and target with the
/// tile's overrides applied, the last value, the previous period's value (when the tile compares), recent points (a
/// trend) and one entry per dimension value (bars, topList, servicePoints). <see cref="Problem"/> says why a tile
/// cannot show data (an unknown collector or metric).
/// </summary>
public sealed record TileData(
    string TileId,
    string? CollectorId,
    string? MetricKey,
    string? SeriesKey,
    string? Window,
    string? WindowLabel,
    string Title,
    string Unit,
    string? Direction,
    double? Target,
    TileThresholds? Thresholds,
    SamplePoint? Last,
    SamplePoint? Previous,
    IReadOnlyList<SamplePoint>? Series,
    IReadOnlyList<BreakdownEntry>? Breakdown,
    string? Problem);
