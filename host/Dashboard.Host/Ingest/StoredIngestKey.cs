namespace Dashboard.Host.Ingest;

/// <summary>A collector's ingest key as stored: only its SHA-256 hash, never the key.</summary>
public sealed class StoredIngestKey
{
    /// <summary>The collector's id; one key per collector.</summary>
    public string Id { get; set; } = "";

    public byte[] Hash { get; set; } = [];

    public long CreatedUtcTicks { get; set; }

    /// <summary>When the key last opened the ingest endpoint, to the minute; null before its first use.</summary>
    public long? LastUsedUtcTicks { get; set; }
}
