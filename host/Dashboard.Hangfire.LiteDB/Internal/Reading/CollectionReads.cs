using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Reading;

/// <summary>Reads of sets, lists, hashes and counters.</summary>
internal static class CollectionReads
{
    public static readonly TimeSpan NoTtl = TimeSpan.FromSeconds(-1);

    public static IEnumerable<SetItemDocument> SetItems(StorageDatabase database, string key) =>
        database.Sets.Find(Filters.Eq(nameof(SetItemDocument.Key), key));

    /// <summary>A set's members by score, then value, using the score index.</summary>
    public static IEnumerable<SetItemDocument> SetItemsByScore(StorageDatabase database, string key, double fromScore, double toScore, int skip, int limit)
    {
        var (low, high) = fromScore <= toScore ? (fromScore, toScore) : (toScore, fromScore);
        var from = key + StorageKeys.Separator + StorageKeys.SortableScore(low) + StorageKeys.Separator;
        var to = key + StorageKeys.Separator + StorageKeys.SortableScore(high) + StorageKeys.AfterSeparator;
        return database.Sets.Find(Filters.Between(nameof(SetItemDocument.ScoreSlot), from, to), skip, limit);
    }

    public static IEnumerable<SetItemDocument> AllSetItemsByScore(StorageDatabase database, string key, int skip, int limit) =>
        database.Sets.Find(Filters.Between(nameof(SetItemDocument.ScoreSlot), key + StorageKeys.Separator, key + StorageKeys.AfterSeparator), skip, limit);

    public static List<ListItemDocument> ListNewestFirst(StorageDatabase database, string key) =>
        database.Lists.Find(Filters.Eq(nameof(ListItemDocument.Key), key)).OrderByDescending(item => item.Id).ToList();

    public static IEnumerable<HashFieldDocument> HashFields(StorageDatabase database, string key) =>
        database.Hashes.Find(Filters.Eq(nameof(HashFieldDocument.Key), key));

    public static long Counter(StorageDatabase database, string key) => database.Counters.FindById(key)?.Value ?? 0;

    /// <summary>Hangfire's convention: -1 second when the key has no expiry or does not exist.</summary>
    public static TimeSpan Ttl(IEnumerable<long?> expireAts)
    {
        var earliest = expireAts.Where(value => value.HasValue).Select(value => value!.Value).DefaultIfEmpty(long.MinValue).Min();
        return earliest == long.MinValue ? NoTtl : TimeSpan.FromTicks(earliest - DateTime.UtcNow.Ticks);
    }
}
