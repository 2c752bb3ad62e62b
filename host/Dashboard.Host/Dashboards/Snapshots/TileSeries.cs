using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>Which stored series a data tile reads: its qualified metric, its window as a dimension and its filter.</summary>
public sealed record TileSeries(string MetricKey, string? Window, IReadOnlyDictionary<string, string> Dimensions)
{
    public static TileSeries Of(TileDocument tile, CollectorSource source, string metric)
    {
        var window = source.WindowOf(tile);
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in tile.Dimensions ?? new Dictionary<string, string?>())
        {
            dimensions[name] = value ?? "";
        }

        if (window is not null)
        {
            dimensions[FigureSamples.WindowDimension] = window;
        }

        return new TileSeries(MetricKeys.Qualify(source.Collector.Id, metric), window, dimensions);
    }

    public string SeriesKey => Metrics.SeriesKey.For(MetricKey, Dimensions);

    /// <summary>The series of one value of <paramref name="groupBy"/> within this tile's filter.</summary>
    public bool IsEntryOf(IReadOnlyDictionary<string, string> candidate, string groupBy) =>
        candidate.Count == Dimensions.Count + 1
        && candidate.ContainsKey(groupBy)
        && Dimensions.All(pair => candidate.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <summary>How long before the last value the previous period's value stands: the window's own length.</summary>
    public TimeSpan Period => Window is null ? TimeSpan.FromDays(1) : WindowSpec.Parse(Window) switch
    {
        { Unit: WindowUnit.Minutes, Count: var minutes } => TimeSpan.FromMinutes(minutes),
        { Unit: WindowUnit.Hours, Count: var hours } => TimeSpan.FromHours(hours),
        { Unit: WindowUnit.Days, Count: var days } => TimeSpan.FromDays(days),
        _ => TimeSpan.FromDays(1),
    };
}
