using Dashboard.Host.Collectors;
using Dashboard.Host.Live;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>Builds a dashboard's snapshot from stored values: one read per series a tile shows, one per collector.</summary>
public sealed class DashboardSnapshotBuilder(
    DashboardRepository dashboards,
    CollectorSources sources,
    CollectorRepository collectors,
    CollectorTiming timing,
    TileDataReader tileData,
    TimeProvider time)
{
    /// <summary>Null when there is no such dashboard.</summary>
    public DashboardSnapshot? Build(string dashboardId)
    {
        if (dashboards.Find(dashboardId) is not { } stored)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var document = DashboardRepository.ToDocument(stored);
        var lookup = sources.CreateLookup();
        var collectorSnapshots = new Dictionary<string, CollectorSnapshot>(StringComparer.Ordinal);
        var tiles = new Dictionary<string, TileData>(StringComparer.Ordinal);
        foreach (var tile in (document.Tiles ?? []).OfType<TileDocument>())
        {
            var source = tile.CollectorId is { } collectorId ? lookup(collectorId) : null;
            if (tile.CollectorId is { } id && !collectorSnapshots.ContainsKey(id))
            {
                collectorSnapshots[id] = DescribeCollector(id, source);
            }

            tiles[tile.Id!] = tileData.Read(tile, source, now);
        }

        return new DashboardSnapshot(stored.Id, now, HostVersion.Current, document, collectorSnapshots, tiles);
    }

    private CollectorSnapshot DescribeCollector(string id, CollectorSource? source)
    {
        if (source is null)
        {
            return new CollectorSnapshot(id, id, "", CollectorStates.Missing, $"There is no collector '{id}'.", null, null, 0, 0);
        }

        var collector = source.Collector;
        var run = collectors.FindRun(id);
        var interval = timing.IntervalOf(collector);
        var error = source.Plugin is { IsActive: true } ? run?.ShownError() : $"Plugin '{collector.PluginId}' is not available.";
        var status = !collector.Enabled ? CollectorStates.Disabled
            : source.Plugin is not { IsActive: true } ? CollectorStates.Unavailable
            : error is not null ? CollectorStates.Failing
            : run is not { LastRunUtcTicks: > 0 } ? CollectorStates.Waiting
            : CollectorStates.Ok;
        return new CollectorSnapshot(
            id,
            collector.Name,
            collector.PluginId,
            status,
            ShortError.Of(error),
            run is { LastRunUtcTicks: > 0 } ? new DateTimeOffset(run.LastRunUtcTicks, TimeSpan.Zero) : null,
            run?.LastSuccessUtcTicks is { } success ? new DateTimeOffset(success, TimeSpan.Zero) : null,
            (int)interval.TotalSeconds,
            (int)(interval * 2).TotalSeconds);
    }
}
