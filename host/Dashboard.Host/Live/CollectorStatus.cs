namespace Dashboard.Host.Live;

/// <summary>A collector's last run; <see cref="Error"/> is null when it went well.</summary>
public sealed record CollectorStatus(string CollectorId, DateTimeOffset LastRunAt, string? Error);
