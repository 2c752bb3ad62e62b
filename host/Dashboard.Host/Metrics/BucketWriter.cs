using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Writes samples into their hour buckets and keeps the rollups in step, inside the caller's transaction. An hour's
/// bucket holds its raw samples and its minute points, recomputed from the merged samples, so a rewrite or a late sample
/// gives the same rollups as writing everything once. The day document holds the day's hour points and the day point.
/// Appending to a series' newest hour, the common case, touches only the new samples' minutes (see <see cref="BucketCache"/>).
/// </summary>
public static class BucketWriter
{
    public const string BlockField = "b";
    public const string MinuteField = "m";
    public const string HourField = "h";
    public const string DayField = "d";

    /// <summary>Writes one series' samples; <paramref name="rawCutoffTicks"/>: hours ending before it keep no raw samples.</summary>
    public static void Write(ILiteDatabase db, BucketCache cache, long series, IReadOnlyList<RawSample> samples, long rawCutoffTicks)
    {
        var buckets = db.GetCollection(CollectionNames.SampleBuckets);
        var sorted = SortedUnique(samples);
        var changedHours = new List<(long Hour, HourRollup Rollup)>();
        for (var first = 0; first < sorted.Count;)
        {
            var hour = BucketKeys.RawBucket(sorted[first].UtcTicks);
            var end = first + 1;
            while (end < sorted.Count && BucketKeys.RawBucket(sorted[end].UtcTicks) == hour)
            {
                end++;
            }

            changedHours.Add((hour, WriteHour(buckets, cache, series, hour, sorted.GetRange(first, end - first), rawCutoffTicks)));
            first = end;
        }

        var rollups = db.GetCollection(CollectionNames.RollupBuckets);
        for (var first = 0; first < changedHours.Count;)
        {
            var day = changedHours[first].Hour * BucketKeys.RawBucketTicks / BucketKeys.RollupBucketTicks;
            var end = first + 1;
            while (end < changedHours.Count && changedHours[end].Hour * BucketKeys.RawBucketTicks / BucketKeys.RollupBucketTicks == day)
            {
                end++;
            }

            UpdateDay(rollups, cache, series, day, changedHours.GetRange(first, end - first));
            first = end;
        }
    }

    private static HourRollup WriteHour(ILiteCollection<BsonDocument> buckets, BucketCache cache, long series, long hour, List<RawSample> added, long rawCutoffTicks)
    {
        var start = hour * BucketKeys.RawBucketTicks;
        var bucket = cache.HourBucket(buckets, series, BucketKeys.Id(series, hour));
        var document = bucket.Document;
        var storedRaw = document.TryGetValue(BlockField, out var block) && block.IsBinary;
        var keepsRaw = start + BucketKeys.RawBucketTicks > rawCutoffTicks;
        HourRollup rollup;
        if (keepsRaw && (storedRaw || !document.ContainsKey(MinuteField)))
        {
            var stored = bucket.Samples ??= storedRaw ? [.. SampleBlock.Decode(block.AsBinary, start)] : [];
            var minutes = bucket.Points ??= Points(document, MinuteField, start);
            if (stored.Count == 0 || stored[^1].UtcTicks < added[0].UtcTicks)
            {
                // All after what is stored: the stored minutes stay, the new samples extend them.
                stored.AddRange(added);
                Rollups.AddSamples(minutes, added, TimeSpan.TicksPerMinute);
            }
            else
            {
                bucket.Samples = Merge(stored, added);
                bucket.Points = Rollups.FromSamples(bucket.Samples, TimeSpan.TicksPerMinute);
            }

            document[BlockField] = SampleBlock.Encode(bucket.Samples, start);
            rollup = new HourRollup(Rollups.Regroup(bucket.Points, start, BucketKeys.RawBucketTicks), Replace: true);
        }
        else
        {
            // The hour's raw samples are gone (past retention), so the new ones add to its rollups rather than replace them.
            var minutes = Rollups.FromSamples(added, TimeSpan.TicksPerMinute);
            bucket.Points = Join(bucket.Points ?? Points(document, MinuteField, start), minutes);
            rollup = new HourRollup(Rollups.Regroup(minutes, start, BucketKeys.RawBucketTicks), Replace: false);
        }

        SetPoints(document, MinuteField, bucket.Points, start);
        buckets.Upsert(document);
        return rollup;
    }

    private static void UpdateDay(ILiteCollection<BsonDocument> rollups, BucketCache cache, long series, long day, List<(long Hour, HourRollup Rollup)> hours)
    {
        var start = day * BucketKeys.RollupBucketTicks;
        var bucket = cache.DayDocument(rollups, series, BucketKeys.Id(series, day));
        var hourPoints = bucket.Points ??= Points(bucket.Document, HourField, start);
        foreach (var (hour, rollup) in hours)
        {
            var hourStart = hour * BucketKeys.RawBucketTicks;
            var before = hourPoints.FindLastIndex(point => point.StartTicks < hourStart);
            var hasCurrent = before + 1 < hourPoints.Count && hourPoints[before + 1].StartTicks == hourStart;
            var replacement = rollup.Replace || !hasCurrent ? rollup.Hour : Join([hourPoints[before + 1]], rollup.Hour);
            if (hasCurrent)
            {
                hourPoints.RemoveAt(before + 1);
            }

            hourPoints.InsertRange(before + 1, replacement);
        }

        SetPoints(bucket.Document, HourField, hourPoints, start);
        SetPoints(bucket.Document, DayField, Rollups.Regroup(hourPoints, start, BucketKeys.RollupBucketTicks), start);
        rollups.Upsert(bucket.Document);
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

    /// <summary>Both sorted by time; at a time in both, the added sample replaces the stored one.</summary>
    private static List<RawSample> Merge(List<RawSample> stored, List<RawSample> added)
    {
        var merged = new List<RawSample>(stored.Count + added.Count);
        var (left, right) = (0, 0);
        while (left < stored.Count || right < added.Count)
        {
            if (right == added.Count || (left < stored.Count && stored[left].UtcTicks < added[right].UtcTicks))
            {
                merged.Add(stored[left++]);
                continue;
            }

            if (left < stored.Count && stored[left].UtcTicks == added[right].UtcTicks)
            {
                left++;
            }

            merged.Add(added[right++]);
        }

        return merged;
    }

    /// <summary>Sorted by time; of two samples at one time in a batch, the later in the batch wins.</summary>
    private static List<RawSample> SortedUnique(IReadOnlyList<RawSample> samples)
    {
        var inOrder = true;
        for (var index = 1; index < samples.Count && inOrder; index++)
        {
            inOrder = samples[index - 1].UtcTicks < samples[index].UtcTicks;
        }

        if (inOrder)
        {
            return [.. samples];
        }

        var byTime = new SortedDictionary<long, RawSample>();
        foreach (var sample in samples)
        {
            byTime[sample.UtcTicks] = sample;
        }

        return [.. byTime.Values];
    }

    private sealed record HourRollup(List<RollupPoint> Hour, bool Replace);
}
