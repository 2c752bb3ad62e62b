using Dashboard.Hangfire.LiteDB.Internal.Database;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Counters and caches owned by the writer thread, loaded once from the file.</summary>
internal sealed class WriterState
{
    private long _lastQueueItemId;

    public WriterState(StorageDatabase database)
    {
        _lastQueueItemId = database.QueueItems.Find(Query.All(Query.Descending), 0, 1).FirstOrDefault()?.Id ?? 0;
        foreach (var name in database.QueueNames.FindAll())
        {
            KnownQueues.Add(name.Id);
        }
    }

    public HashSet<string> KnownQueues { get; } = new(StringComparer.Ordinal);

    public long NextQueueItemId() => ++_lastQueueItemId;

    /// <summary>When each queue was last searched for fetches whose invisibility ran out.</summary>
    public Dictionary<string, long> LastTimedOutSearch { get; } = new(StringComparer.Ordinal);
}
