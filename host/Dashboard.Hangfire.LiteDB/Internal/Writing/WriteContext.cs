using Dashboard.Hangfire.LiteDB.Internal.Database;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>What a write sees while the writer applies it: the database, the group's clock and the writer's counters.</summary>
internal sealed class WriteContext
{
    private readonly WriterState _state;

    public WriteContext(StorageDatabase database, WriterState state, DateTime utcNow)
    {
        Database = database;
        _state = state;
        UtcNow = utcNow;
    }

    public StorageDatabase Database { get; }

    public DateTime UtcNow { get; }

    public long NowTicks => UtcNow.Ticks;

    /// <summary>Set when a job became available in a queue, so that waiting fetchers are woken after the commit.</summary>
    public bool QueueChanged { get; set; }

    /// <summary>Set when a stored lock was released, so that waiting acquirers retry after the commit.</summary>
    public bool LockReleased { get; set; }

    public List<string> NewQueueNames { get; } = [];

    public long NextQueueItemId() => _state.NextQueueItemId();

    public bool IsKnownQueue(string queue) => _state.KnownQueues.Contains(queue) || NewQueueNames.Contains(queue);
}
