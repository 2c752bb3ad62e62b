using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Writes samples into their hour buckets and keeps the rollups in step, inside the caller's transaction. An hour's
/// bucket holds its raw samples and its minute points, recomputed from the merged samples, so a rewrite or a late sample
/// gives the same rollups as writing everything once. The day document holds the day's hour points and the day point.
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
        var changedHours = new SortedDictionary<long, HourRollup>();
        foreach (var hour in Deduplicated(samples).GroupBy(sample => BucketKeys.RawBucket(sample.UtcTicks)))
        {
            var start = hour.Key * BucketKeys.RawBucketTicks;
            var id = BucketKeys.Id(series, hour.Key);
            var document = buckets.FindById(id) ?? new BsonDocument { ["_id"] = id };
            var storedRaw = document.TryGetValue(BlockField, out var block) && block.IsBinary;
            var keepsRaw = start + BucketKeys.RawBucketTicks > rawCutoffTicks;
            List<RollupPoint> minutes;
            if (keepsRaw && (storedRaw || !document.ContainsKey(MinuteField)))
            {
                var merged = storedRaw ? Merge(SampleBlock.Decode(block.AsBinary, start), hour) : hour.ToList();
                document[BlockField] = SampleBlock.Encode(merged, start);
                minutes = Rollups.FromSamples(merged, TimeSpan.TicksPerMinute);
                changedHours[hour.Key] = new HourRollup(Rollups.Regroup(minutes, start, BucketKeys.RawBucketTicks), Replace: true);
            }
            else
            {
                // The hour's raw samples are gone (past retention), so the new ones add to its rollups rather than replace them.
                var added = Rollups.FromSamples(hour, TimeSpan.TicksPerMinute);
                minutes = Join(Points(document, MinuteField, start), added);
                changedHours[hour.Key] = new HourRollup(Rollups.Regroup(added, start, BucketKeys.RawBucketTicks), Replace: false);
            }

            SetPoints(document, MinuteField, minutes, start);
            buckets.Upsert(document);
        }

        var rollups = db.GetCollection(CollectionNames.RollupBuckets);
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
        var hourPoints = Points(document, HourField, start);
        foreach (var (hour, rollup) in hours)
        {
            var hourStart = hour * BucketKeys.RawBucketTicks;
            var others = hourPoints.Where(point => point.StartTicks != hourStart);
            var current = hourPoints.Where(point => point.StartTicks == hourStart);
            hourPoints = [.. others.Concat(rollup.Replace ? rollup.Hour : Join([.. current], rollup.Hour)).OrderBy(point => point.StartTicks)];
        }

        SetPoints(document, HourField, hourPoints, start);
        SetPoints(document, DayField, Rollups.Regroup(hourPoints, start, BucketKeys.RollupBucketTicks), start);
        rollups.Upsert(document);
    }

    /// <summary>Points of both lists, those of one interval joined into one.</summary>
    private static List<RollupPoint> Join(List<RollupPoint> current, List<RollupPoint> added) =>
        Rollups.Regroup(current.Concat(added).OrderBy(point => point.StartTicks), 0, 1);

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

    private sealed record HourRollup(List<RollupPoint> Hour, bool Replace);
}
