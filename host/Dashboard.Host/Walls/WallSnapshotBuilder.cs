using Dashboard.Host.Collectors;
using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;

namespace Dashboard.Host.Walls;

/// <summary>Builds a wall's snapshot from the collectors, their plugins' metric definitions and the store.</summary>
public sealed class WallSnapshotBuilder(
    CollectorRepository collectors,
    PluginCatalog plugins,
    IMetricStore store,
    TimeProvider time,
    CollectorPluginBinder binder)
{
    public static readonly TimeSpan HistoryWindow = TimeSpan.FromHours(24);

    public const int MaxHistoryPoints = 240;

    private static readonly TimeSpan MinimumStaleAfter = TimeSpan.FromMinutes(1);

    public WallSnapshot Build(string wallId)
    {
        var now = time.GetUtcNow();
        var runs = collectors.GetRuns();
        var tiles = new List<TileSnapshot>();
        foreach (var collector in collectors.GetAll().Where(collector => collector.Enabled).OrderBy(collector => collector.Name, StringComparer.CurrentCulture))
        {
            var plugin = plugins.Find(collector.PluginId);
            var staleAfter = StaleAfter(collector, now);
            var error = plugin is { IsActive: true } ? runs.GetValueOrDefault(collector.Id)?.ShownError() : $"Plugin '{collector.PluginId}' is not available.";
            var tileDimensions = WallSeries.TileDimensions(collector, plugin);
            var subtitle = tileDimensions.Count == 0 ? collector.Name : $"{collector.Name} · {WindowSpec.Parse(collector.Windows[0]).Describe()}";
            foreach (var metric in plugin?.Metrics ?? [])
            {
                var key = MetricKeys.Qualify(collector.Id, metric.Key);
                if (!WallCatalog.Shows(wallId, key))
                {
                    continue;
                }

                var series = SeriesKey.For(key, tileDimensions);
                var last = store.GetLastValue(series);
                tiles.Add(new TileSnapshot(
                    key,
                    tileDimensions,
                    collector.Id,
                    metric.Title,
                    subtitle,
                    metric.Unit,
                    metric.Direction,
                    metric.Target,
                    (int)staleAfter.TotalSeconds,
                    last is null ? null : new SamplePoint(new DateTimeOffset(last.UtcTicks, TimeSpan.Zero), last.Value, last.State, last.Basis),
                    store.GetRecent(series, now - HistoryWindow, MaxHistoryPoints),
                    error));
            }
        }

        return new WallSnapshot(new WallInfo(wallId, WallCatalog.DefaultWallTitle), now, tiles);
    }

    /// <summary>Twice the longest gap between scheduled runs plus the run's own time limit.</summary>
    private TimeSpan StaleAfter(Collector collector, DateTimeOffset now)
    {
        var staleAfter = CollectorSchedule.LongestInterval(collector, now) * 2 + binder.TimeoutOf(collector);
        return staleAfter < MinimumStaleAfter ? MinimumStaleAfter : staleAfter;
    }
}
