using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;

namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>A dashboard for a collector whose plugin ships none: one number tile per metric, four to a row.</summary>
public static class GeneratedDashboard
{
    public const int Columns = 12;
    public const int TilesPerRow = 4;
    public const int TileHeight = 2;

    public static DashboardDocument For(Collector collector, LoadedPlugin plugin)
    {
        var width = Columns / TilesPerRow;
        var tiles = plugin.Metrics.Take(DashboardValidator.MaxGridSize / TileHeight * TilesPerRow).Select((metric, index) => new TileDocument
        {
            Id = metric.Key.Replace('_', '-'),
            Widget = Widgets.Number,
            X = index % TilesPerRow * width,
            Y = index / TilesPerRow * TileHeight,
            W = width,
            H = TileHeight,
            CollectorId = collector.Id,
            Metric = metric.Key,
        }).ToList();
        var rows = Math.Max(TileHeight, (tiles.Count + TilesPerRow - 1) / TilesPerRow * TileHeight);
        return new DashboardDocument { Id = collector.Id, Title = collector.Name, Language = "en", Columns = Columns, Rows = rows, Tiles = tiles };
    }
}
