using System.Collections.Concurrent;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Drops buckets past their retention: the raw or minute block of hour buckets, the hour or day block of day documents;
/// a document goes once nothing is left in it. Candidates are found by id ranges with reads, outside the
/// single writer; the writer is held only for the bounded batch itself. Once a pass has found nothing more before a
/// cutoff, later passes look only at buckets after it, so a pass costs what has aged since the last one, not the whole
/// history (a late sample that lands before it, past retention, waits for the next start).
/// </summary>
public sealed class MetricPruner(DashboardDatabase database, SeriesRegistry series, BucketCache cache)
{
    private readonly ConcurrentDictionary<MetricResolution, long> _doneBefore = new();

    public async Task<int> PruneAsync(MetricResolution resolution, long beforeTicks, int maxBuckets, CancellationToken cancellationToken)
    {
        var inHourBuckets = resolution is MetricResolution.Raw or MetricResolution.Minute;
        var bucketTicks = inHourBuckets ? BucketKeys.RawBucketTicks : BucketKeys.RollupBucketTicks;
        var collectionName = inHourBuckets ? CollectionNames.SampleBuckets : CollectionNames.RollupBuckets;
        // A bucket goes once it ends at or before the cutoff.
        var lastBucket = beforeTicks / bucketTicks - 1;
        if (lastBucket < 0)
        {
            return 0;
        }

        var collection = database.Collection<BsonDocument>(collectionName);
        var field = FieldOf(resolution);
        var firstBucket = _doneBefore.GetValueOrDefault(resolution);
        var candidates = new List<long>();
        foreach (var number in series.AllNumbers())
        {
            var query = collection.Query().Where("_id BETWEEN @0 AND @1", BucketKeys.Id(number, firstBucket), BucketKeys.Id(number, lastBucket));
            var ids = query.Where($"$.{field} != null")
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
            _doneBefore[resolution] = Math.Max(firstBucket, lastBucket + 1);
            return 0;
        }

        return await database.WriteAsync(
            db =>
            {
                // The cached documents of the pruned buckets would bring their blocks back; the next writes read them afresh.
                cache.Clear();
                var buckets = db.GetCollection(collectionName);
                foreach (var id in candidates)
                {
                    RemoveBlock(db, buckets, id, field);
                }

                return candidates.Count;
            },
            cancellationToken,
            rolledBack: cache.Clear);
    }

    private void RemoveBlock(ILiteDatabase db, ILiteCollection<BsonDocument> rollups, long id, string field)
    {
        var document = rollups.FindById(id);
        if (document is null)
        {
            return;
        }

        if (field == BucketWriter.MinuteField)
        {
            // Without its minutes an unfolded hour could no longer be read; its day document takes it first.
            BucketWriter.FoldBeforePruning(db, cache, document);
        }

        document.Remove(field);
        string[] blocks = [BucketWriter.BlockField, BucketWriter.MinuteField, BucketWriter.HourField, BucketWriter.DayField];
        if (blocks.Any(document.ContainsKey))
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
        MetricResolution.Raw => BucketWriter.BlockField,
        MetricResolution.Minute => BucketWriter.MinuteField,
        MetricResolution.Hour => BucketWriter.HourField,
        _ => BucketWriter.DayField,
    };
}
