namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>A lock held in this process: who holds it, how many times, and whether a stored document backs it.</summary>
internal sealed class HeldLock(object owner, string ownerId)
{
    public object Owner { get; } = owner;

    public string OwnerId { get; } = ownerId;

    public int Count { get; set; } = 1;

    /// <summary>A connection's lock: recorded as a document once it is held past a renewal tick.</summary>
    public bool Stored { get; set; }

    /// <summary>A document was written for it, so releasing must delete it.</summary>
    public bool Recorded { get; set; }
}
