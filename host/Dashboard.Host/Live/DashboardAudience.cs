using Dashboard.Host.Dashboards;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Metrics;

namespace Dashboard.Host.Live;

/// <summary>
/// Which dashboards show which collector, and which of its series each needs (see <see cref="DashboardInterest"/>), so that a
/// collector's news goes only to the screens that show it. Rebuilt from the stored dashboards after any dashboard write
/// or collector change.
/// </summary>
public sealed class DashboardAudience(DashboardRepository dashboards, CollectorSources sources)
{
    private readonly Lock _gate = new();
    private (long Version, long Generation, IReadOnlyDictionary<string, IReadOnlyList<DashboardInterest>> ByCollector) _built = (-1, -1, new Dictionary<string, IReadOnlyList<DashboardInterest>>());
    private long _generation;

    /// <summary>A collector changed (windows, plugin, existence): the next use rebuilds.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public IReadOnlyList<DashboardInterest> DashboardsShowing(string collectorId) => Current().GetValueOrDefault(collectorId) ?? [];

    private IReadOnlyDictionary<string, IReadOnlyList<DashboardInterest>> Current()
    {
        lock (_gate)
        {
            var version = dashboards.Version;
            var generation = Interlocked.Read(ref _generation);
            if (_built.Version != version || _built.Generation != generation)
            {
                _built = (version, generation, Build());
            }

            return _built.ByCollector;
        }
    }

    private Dictionary<string, IReadOnlyList<DashboardInterest>> Build()
    {
        var lookup = sources.CreateLookup();
        var interests = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var stored in dashboards.GetAll())
        {
            foreach (var tile in (DashboardJson.Deserialize<DashboardDocument>(stored.Json).Tiles ?? []).OfType<TileDocument>())
            {
                if (tile.CollectorId is not { } collectorId)
                {
                    continue;
                }

                var byDashboard = interests.TryGetValue(collectorId, out var found) ? found : interests[collectorId] = new(StringComparer.Ordinal);
                var series = byDashboard.TryGetValue(stored.Id, out var set) ? set : byDashboard[stored.Id] = new(StringComparer.Ordinal);
                if (lookup(collectorId) is not { } source)
                {
                    continue;
                }

                foreach (var metric in new[] { tile.Metric }.Concat(tile.Metrics ?? []).OfType<string>())
                {
                    series.Add(Widgets.ShowsBreakdown(tile.Widget ?? "")
                        ? DashboardInterest.BreakdownKey(MetricKeys.Qualify(collectorId, metric), source.WindowOf(tile))
                        : DashboardInterest.SeriesKey(TileSeries.Of(tile, source, metric).SeriesKey));
                }
            }
        }

        return interests.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<DashboardInterest>)pair.Value.Select(entry => new DashboardInterest(entry.Key, entry.Value)).ToList(),
            StringComparer.Ordinal);
    }
}
