using Dashboard.Host.Dashboards.Snapshots;

namespace Dashboard.Host.Live;

/// <summary>A collector's last run; <see cref="Error"/> is null when it went well, and short enough for a tile otherwise.</summary>
public sealed record CollectorStatus(string CollectorId, DateTimeOffset LastRunAt, string? Error)
{
    /// <summary><see cref="CollectorStates.Ok"/> or <see cref="CollectorStates.Failing"/>.</summary>
    public string Status => Error is null ? CollectorStates.Ok : CollectorStates.Failing;
}
