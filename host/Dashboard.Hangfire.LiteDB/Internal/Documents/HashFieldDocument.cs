namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>One field of a hash; the id is key and field.</summary>
internal sealed class HashFieldDocument : IKeyedExpiringDocument
{
    public string Id { get; set; } = "";

    public string Key { get; set; } = "";

    public string Field { get; set; } = "";

    public string? Value { get; set; }

    public long? ExpireAt { get; set; }
}
