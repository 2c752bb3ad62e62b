namespace Dashboard.Hangfire.LiteDB.Internal.Documents;

/// <summary>A held distributed lock: its owner renews <see cref="ExpireAt"/>; once past, anyone may take it.</summary>
internal sealed class LockDocument
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public long ExpireAt { get; set; }
}
