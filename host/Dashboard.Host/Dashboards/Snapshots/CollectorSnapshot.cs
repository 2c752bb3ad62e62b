namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>
/// A collector as its tiles need it. <see cref="Status"/> is one of <see cref="CollectorStates"/>; <see cref="Error"/>
/// is a short readable reason (the whole message is on the admin page). A value older than
/// <see cref="StaleAfterSeconds"/> (twice the longest gap between runs) is stale.
/// </summary>
public sealed record CollectorSnapshot(
    string Id,
    string Name,
    string PluginId,
    string Status,
    string? Error,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    int IntervalSeconds,
    int StaleAfterSeconds);
