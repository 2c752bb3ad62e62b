namespace Dashboard.Host.Ingest;

/// <summary>One collector's ingest key on the keys page: whether it has one, when it was made and last used.</summary>
public sealed record IngestKeyListItem(string CollectorId, string CollectorName, bool HasKey, DateTimeOffset? CreatedUtc, DateTimeOffset? LastUsedUtc);
