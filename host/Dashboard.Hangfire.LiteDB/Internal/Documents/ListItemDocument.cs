namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>One element of a list; a higher id is a newer element, and lists read newest first.</summary>
internal sealed class ListItemDocument : IKeyedExpiringDocument
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public long? ExpireAt { get; set; }
}
