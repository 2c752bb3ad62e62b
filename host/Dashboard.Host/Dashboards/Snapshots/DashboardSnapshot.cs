namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// Everything a screen needs to draw a dashboard at once, from stored values: the document, each collector's state and
/// timing, and each tile's data by tile id.
/// </summary>
public sealed record DashboardSnapshot(
    string DashboardId,
    DateTimeOffset ServerTime,
    string HostVersion,
    DashboardDocument Dashboard,
    IReadOnlyDictionary<string, CollectorSnapshot> Collectors,
    IReadOnlyDictionary<string, TileData> Tiles);
