using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// The newest hour bucket and day document of each series as last written, decoded, so a batch that extends them
/// (collectors append) reads and decodes nothing. Only the single writer uses it. What it
/// holds may run ahead of the file inside a transaction, so a failed write clears it, as does any other writer of the
/// buckets (pruning).
/// </summary>
public sealed class BucketCache
{
    /// <summary>Beyond this many series the cache starts again empty, bounding its memory (about 5 KB a series at 30 s steps).</summary>
    public const int MaxSeries = 10_000;

    // Per series its newest document in the file or written since, or null when it has none at all: a newer id
    // cannot be in the file, so it is made without a look-up.
    private readonly Dictionary<long, CachedBucket?> _hours = [];
    private readonly Dictionary<long, CachedBucket?> _days = [];

    /// <summary>The series' newest hour bucket (in the file or written since), or null when it has none.</summary>
    public CachedBucket? NewestHourBucket(ILiteCollection<BsonDocument> buckets, long series) => Known(_hours, buckets, series);

    /// <summary>The hour bucket <paramref name="id"/> of a series, from the cache or the file, or a new document.</summary>
    public CachedBucket HourBucket(ILiteCollection<BsonDocument> buckets, long series, long id) => Newest(_hours, buckets, series, id);

    /// <summary>The day document <paramref name="id"/> of a series, from the cache or the file, or a new document.</summary>
    public CachedBucket DayDocument(ILiteCollection<BsonDocument> rollups, long series, long id) => Newest(_days, rollups, series, id);

    public void Clear()
    {
        _hours.Clear();
        _days.Clear();
    }

    // Only a series' newest document is kept: a late sample into an older bucket reads it from the file.
    private static CachedBucket Newest(Dictionary<long, CachedBucket?> newest, ILiteCollection<BsonDocument> collection, long series, long id)
    {
        var cached = Known(newest, collection, series);
        if (cached is not null && cached.Id == id)
        {
            return cached;
        }

        if (cached is not null && id < cached.Id)
        {
            return new CachedBucket(collection.FindById(id) ?? new BsonDocument { ["_id"] = id });
        }

        var created = new CachedBucket(new BsonDocument { ["_id"] = id });
        newest[series] = created;
        return created;
    }

    private static CachedBucket? Known(Dictionary<long, CachedBucket?> newest, ILiteCollection<BsonDocument> collection, long series)
    {
        if (!newest.TryGetValue(series, out var cached))
        {
            cached = NewestInFile(collection, series);
            Remember(newest, series, cached);
        }

        return cached;
    }

    /// <summary>The newest document of a series in the file, or null.</summary>
    public static CachedBucket? NewestInFile(ILiteCollection<BsonDocument> collection, long series)
    {
        var newest = collection.Query()
            .Where("_id BETWEEN @0 AND @1", BucketKeys.Id(series, 0), BucketKeys.Id(series, (1L << BucketKeys.BucketBits) - 1))
            .OrderByDescending("_id")
            .Limit(1)
            .FirstOrDefault();
        return newest is null ? null : new CachedBucket(newest);
    }

    private static void Remember<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxSeries && !cache.ContainsKey(key))
        {
            cache.Clear();
        }

        cache[key] = value;
    }
}
