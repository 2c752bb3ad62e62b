using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Writes samples into their hour buckets and keeps the day's rollup document in step, inside the caller's transaction.
/// Minute and hour points of an hour are recomputed from that hour's merged samples, so a rewrite or a late sample
/// gives the same rollups as writing everything once; the day point joins the day's hour points.
/// </summary>
public static class BucketWriter
{
    public const string BlockField = "b";
    public const string MinuteField = "m";
    public const string HourField = "h";
    public const string DayField = "d";

    /// <summary>Writes one series' samples; <paramref name="rawCutoffTicks"/>: hours ending before it keep no raw samples.</summary>
    public static void Write(ILiteDatabase db, long series, IEnumerable<RawSample> samples, long rawCutoffTicks)
    {
        var buckets = db.GetCollection(CollectionNames.SampleBuckets);
        var rollups = db.GetCollection(CollectionNames.RollupBuckets);
        var changedHours = new SortedDictionary<long, HourRollup>();
        foreach (var hour in Deduplicated(samples).GroupBy(sample => BucketKeys.RawBucket(sample.UtcTicks)))
        {
            var start = hour.Key * BucketKeys.RawBucketTicks;
            if (start + BucketKeys.RawBucketTicks <= rawCutoffTicks)
            {
                // Past raw retention the hour's samples are gone, so the late ones add to its rollups rather than replace them.
                changedHours[hour.Key] = new HourRollup(Rollups.FromSamples(hour, TimeSpan.TicksPerMinute), Replace: false);
                continue;
            }

            var id = BucketKeys.Id(series, hour.Key);
            var existing = buckets.FindById(id);
            var merged = existing is null ? hour.ToList() : Merge(SampleBlock.Decode(existing[BlockField].AsBinary, start), hour);
            buckets.Upsert(new BsonDocument { ["_id"] = id, [BlockField] = SampleBlock.Encode(merged, start) });
            changedHours[hour.Key] = new HourRollup(Rollups.FromSamples(merged, TimeSpan.TicksPerMinute), Replace: true);
        }

        foreach (var day in changedHours.GroupBy(pair => pair.Key * BucketKeys.RawBucketTicks / BucketKeys.RollupBucketTicks))
        {
            UpdateDay(rollups, series, day.Key, day.ToDictionary(pair => pair.Key, pair => pair.Value));
        }
    }

    private static void UpdateDay(ILiteCollection<BsonDocument> rollups, long series, long day, Dictionary<long, HourRollup> hours)
    {
        var start = day * BucketKeys.RollupBucketTicks;
        var id = BucketKeys.Id(series, day);
        var document = rollups.FindById(id) ?? new BsonDocument { ["_id"] = id };
        var minutes = Points(document, MinuteField, start);
        var hourPoints = Points(document, HourField, start);
        foreach (var (hour, rollup) in hours)
        {
            var hourStart = hour * BucketKeys.RawBucketTicks;
            var newHour = Rollups.Regroup(rollup.Minutes, hourStart, BucketKeys.RawBucketTicks);
            minutes = Apply(minutes, rollup.Minutes, hourStart, hourStart + BucketKeys.RawBucketTicks, rollup.Replace);
            hourPoints = Apply(hourPoints, newHour, hourStart, hourStart + BucketKeys.RawBucketTicks, rollup.Replace);
        }

        SetPoints(document, MinuteField, minutes, start);
        SetPoints(document, HourField, hourPoints, start);
        SetPoints(document, DayField, Rollups.Regroup(hourPoints, start, BucketKeys.RollupBucketTicks), start);
        rollups.Upsert(document);
    }

    /// <summary>The points outside [from, to) kept, those inside replaced by (or, not replacing, joined with) the new ones.</summary>
    private static List<RollupPoint> Apply(List<RollupPoint> current, List<RollupPoint> changed, long from, long to, bool replace)
    {
        var inside = current.Where(point => point.StartTicks >= from && point.StartTicks < to);
        var joined = replace ? changed : Rollups.Regroup(inside.Concat(changed).OrderBy(point => point.StartTicks), from, 1).ToList();
        return current.Where(point => point.StartTicks < from)
            .Concat(joined)
            .Concat(current.Where(point => point.StartTicks >= to))
            .ToList();
    }

    public static List<RollupPoint> Points(BsonDocument document, string field, long start) =>
        document.TryGetValue(field, out var block) && block.IsBinary ? [.. RollupBlock.Decode(block.AsBinary, start)] : [];

    public static void SetPoints(BsonDocument document, string field, List<RollupPoint> points, long start)
    {
        if (points.Count == 0)
        {
            document.Remove(field);
        }
        else
        {
            document[field] = RollupBlock.Encode(points, start);
        }
    }

    /// <summary>The stored samples with the new ones laid over them: a new sample at a stored time replaces it.</summary>
    private static List<RawSample> Merge(RawSample[] stored, IEnumerable<RawSample> added)
    {
        var byTime = new SortedDictionary<long, RawSample>();
        foreach (var sample in stored.Concat(added))
        {
            byTime[sample.UtcTicks] = sample;
        }

        return [.. byTime.Values];
    }

    /// <summary>Sorted by time; of two samples at one time in a batch, the later in the batch wins.</summary>
    private static IEnumerable<RawSample> Deduplicated(IEnumerable<RawSample> samples)
    {
        var byTime = new SortedDictionary<long, RawSample>();
        foreach (var sample in samples)
        {
            byTime[sample.UtcTicks] = sample;
        }

        return byTime.Values;
    }

    private sealed record HourRollup(List<RollupPoint> Minutes, bool Replace);
}
