using Dashboard.Hangfire.LiteDB.Internal.Database;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>
/// The indexed ordering key of a queue item. Waiting items sort by id (first in, first out) under
/// "queue␁a␁id"; fetched items sort by fetch time under "queue␁f␁fetchedAt␁id", so the oldest fetch whose
/// invisibility ran out is one index seek away, and each part counts with an index range.
/// </summary>
internal static class QueueSlots
{
    public static string Waiting(string queue, long itemId) => WaitingPrefix(queue) + StorageKeys.Padded(itemId);

    public static string Fetched(string queue, long fetchedAtTicks, long itemId) =>
        FetchedPrefix(queue) + StorageKeys.Padded(fetchedAtTicks) + StorageKeys.Separator + StorageKeys.Padded(itemId);

    public static BsonExpression AllWaiting(string queue) => Range(WaitingPrefix(queue), WaitingPrefix(queue) + StorageKeys.Last);

    public static BsonExpression AllFetched(string queue) => Range(FetchedPrefix(queue), FetchedPrefix(queue) + StorageKeys.Last);

    /// <summary>Fetched items whose fetch (or last keep-alive) is older than <paramref name="cutoffTicks"/>.</summary>
    public static BsonExpression FetchedBefore(string queue, long cutoffTicks) =>
        Range(FetchedPrefix(queue), FetchedPrefix(queue) + StorageKeys.Padded(cutoffTicks));

    private static string WaitingPrefix(string queue) => queue + StorageKeys.Separator + "a" + StorageKeys.Separator;

    private static string FetchedPrefix(string queue) => queue + StorageKeys.Separator + "f" + StorageKeys.Separator;

    private static BsonExpression Range(string from, string to) => Filters.Between("Slot", from, to);
}
