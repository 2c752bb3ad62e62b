namespace Dashboard.Host.Ingest;

/// <summary>What is known about a collector's ingest key without showing it.</summary>
public sealed record IngestKeyInfoResponse(string CollectorId, bool HasKey, DateTimeOffset? CreatedUtc, DateTimeOffset? LastUsedUtc);
