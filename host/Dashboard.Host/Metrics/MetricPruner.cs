using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Drops buckets past their retention: raw hour buckets are deleted; in day rollup documents the minute, hour or day
/// block is removed (the document too once nothing is left). Candidates are found by id ranges with reads, outside the
/// single writer; the writer is held only for the bounded batch itself.
/// </summary>
public sealed class MetricPruner(DashboardDatabase database, SeriesRegistry series)
{
    public async Task<int> PruneAsync(MetricResolution resolution, long beforeTicks, int maxBuckets, CancellationToken cancellationToken)
    {
        var raw = resolution == MetricResolution.Raw;
        var bucketTicks = raw ? BucketKeys.RawBucketTicks : BucketKeys.RollupBucketTicks;
        // A bucket goes once it ends at or before the cutoff.
        var lastBucket = beforeTicks / bucketTicks - 1;
        if (lastBucket < 0)
        {
            return 0;
        }

        var collection = database.Collection<BsonDocument>(raw ? CollectionNames.SampleBuckets : CollectionNames.RollupBuckets);
        var field = FieldOf(resolution);
        var candidates = new List<long>();
        foreach (var number in series.AllNumbers())
        {
            var query = collection.Query().Where("_id BETWEEN @0 AND @1", BucketKeys.Id(number, 0), BucketKeys.Id(number, lastBucket));
            var ids = (raw ? query : query.Where($"$.{field} != null"))
                .Select("_id")
                .Limit(maxBuckets - candidates.Count)
                .ToEnumerable()
                .Select(document => document["_id"].AsInt64);
            candidates.AddRange(ids);
            if (candidates.Count >= maxBuckets)
            {
                break;
            }
        }

        if (candidates.Count == 0)
        {
            return 0;
        }

        await database.WriteAsync(db =>
        {
            var buckets = db.GetCollection(raw ? CollectionNames.SampleBuckets : CollectionNames.RollupBuckets);
            foreach (var id in candidates)
            {
                if (raw)
                {
                    buckets.Delete(id);
                }
                else
                {
                    RemoveBlock(buckets, id, field);
                }
            }
        }, cancellationToken);
        return candidates.Count;
    }

    private static void RemoveBlock(ILiteCollection<BsonDocument> rollups, long id, string field)
    {
        var document = rollups.FindById(id);
        if (document is null)
        {
            return;
        }

        document.Remove(field);
        if (document.ContainsKey(BucketWriter.MinuteField) || document.ContainsKey(BucketWriter.HourField) || document.ContainsKey(BucketWriter.DayField))
        {
            rollups.Update(document);
        }
        else
        {
            rollups.Delete(id);
        }
    }

    private static string FieldOf(MetricResolution resolution) => resolution switch
    {
        MetricResolution.Minute => BucketWriter.MinuteField,
        MetricResolution.Hour => BucketWriter.HourField,
        _ => BucketWriter.DayField,
    };
}
