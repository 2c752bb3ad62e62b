using Dashboard.Host.Collectors;
using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Walls;

/// <summary>
/// Which series of a collector's metric its wall tile shows: for a plugin that computes figures over windows, the
/// overall figure of the collector's first window; for a plugin that returns samples itself, the overall series.
/// </summary>
public static class WallSeries
{
    private static readonly IReadOnlyDictionary<string, string> Overall = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> TileDimensions(Collector collector, LoadedPlugin? plugin) =>
        plugin?.Instance is IFigureCalculator
            ? new Dictionary<string, string> { [FigureSamples.WindowDimension] = collector.Windows[0] }
            : Overall;

    /// <summary>The samples among <paramref name="samples"/> that belong to a tile.</summary>
    public static IReadOnlyList<QualifiedSample> TileValues(IEnumerable<QualifiedSample> samples, IReadOnlyDictionary<string, string> tileDimensions) =>
        samples.Where(sample => sample.Dimensions.Count == tileDimensions.Count
                && tileDimensions.All(pair => sample.Dimensions.TryGetValue(pair.Key, out var value) && value == pair.Value))
            .ToList();
}
