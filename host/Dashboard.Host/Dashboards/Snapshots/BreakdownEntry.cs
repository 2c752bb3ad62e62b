using Dashboard.Host.Metrics;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// One value of a tile's grouping dimension (a service point, a category): its series and last value, and for a
/// servicePoints tile the last values of the tile's further metrics by metric key.
/// </summary>
public sealed record BreakdownEntry(string Name, string SeriesKey, SamplePoint? Last, IReadOnlyDictionary<string, SamplePoint?>? Metrics);
