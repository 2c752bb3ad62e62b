using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Dashboards;

/// <summary>A collector a tile names, with its plugin when that is loaded.</summary>
public sealed record CollectorSource(Collector Collector, LoadedPlugin? Plugin)
{
    /// <summary>The plugin computes figures per window, so its series carry the window as a dimension.</summary>
    public bool HasWindows => Plugin?.Instance is IFigureCalculator;

    public bool KnowsMetrics => Plugin is { IsActive: true };

    public MetricDefinition? FindMetric(string key) => Plugin?.Metrics.FirstOrDefault(metric => metric.Key == key);

    /// <summary>The tile's window, or the collector's first when it names none; null for a plugin without windows.</summary>
    public string? WindowOf(TileDocument tile) => HasWindows ? tile.Window ?? Collector.Windows[0] : null;
}
