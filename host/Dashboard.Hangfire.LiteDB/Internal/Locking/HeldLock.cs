namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>A lock held in this process: who holds it, how many times, and whether a stored document backs it.</summary>
internal sealed class HeldLock(object owner, string ownerId)
{
    public object Owner { get; } = owner;

    public string OwnerId { get; } = ownerId;

    public int Count { get; set; } = 1;

    public bool Stored { get; set; }
}
