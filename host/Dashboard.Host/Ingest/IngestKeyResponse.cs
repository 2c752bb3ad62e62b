namespace Dashboard.Host.Ingest;

/// <summary>A new ingest key, shown this once.</summary>
public sealed record IngestKeyResponse(string CollectorId, string IngestKey);
