using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Writes samples into their hour buckets and keeps the rollups in step, inside the caller's transaction. An hour's
/// bucket holds its raw samples and its minute points, recomputed from the merged samples, so a rewrite or a late sample
/// gives the same rollups as writing everything once. The day document holds the day's hour points and the day point.
/// A series' newest hour, which collectors append to batch after batch, is folded into its day document only once a
/// newer hour begins: until then it is marked <see cref="UnfoldedField"/> and readers take its hour from its minutes
/// (<see cref="RollupReader"/>). Every other hour is folded as it is written.
/// </summary>
public static class BucketWriter
{
    public const string BlockField = "b";
    public const string MinuteField = "m";
    public const string HourField = "h";
    public const string DayField = "d";

    /// <summary>Marks the one hour bucket of a series whose hour point its day document does not have yet.</summary>
    public const string UnfoldedField = "u";

    /// <summary>Writes one series' samples; <paramref name="rawCutoffTicks"/>: hours ending before it keep no raw samples.</summary>
    public static void Write(ILiteDatabase db, BucketCache cache, long series, List<RawSample> samples, long rawCutoffTicks)
    {
        var sorted = SortedUnique(samples);
        if (sorted.Count == 0)
        {
            return;
        }

        var buckets = db.GetCollection(CollectionNames.SampleBuckets);
        var newestBefore = cache.NewestHourBucket(buckets, series);
        var newestHour = Math.Max(newestBefore is null ? long.MinValue : BucketKeys.BucketOf(newestBefore.Id), BucketKeys.RawBucket(sorted[^1].UtcTicks));
        var folds = new List<(long Hour, HourRollup Rollup)>();
        for (var first = 0; first < sorted.Count;)
        {
            var hour = BucketKeys.RawBucket(sorted[first].UtcTicks);
            var end = first + 1;
            while (end < sorted.Count && BucketKeys.RawBucket(sorted[end].UtcTicks) == hour)
            {
                end++;
            }

            var added = first == 0 && end == sorted.Count ? sorted : sorted.GetRange(first, end - first);
            if (WriteHour(buckets, cache, series, hour, added, rawCutoffTicks, defer: hour == newestHour) is { } rollup)
            {
                folds.Add((hour, rollup));
            }

            first = end;
        }

        // The hour that was newest before this batch is newest no more: its day document gets its hour now.
        if (newestBefore is not null && IsUnfolded(newestBefore.Document))
        {
            var hour = BucketKeys.BucketOf(newestBefore.Id);
            if (hour != newestHour)
            {
                folds.Add((hour, Unfold(newestBefore, hour)));
                buckets.Upsert(newestBefore.Document);
            }
        }

        if (folds.Count > 0)
        {
            UpdateDays(db, cache, series, folds);
        }
    }

    /// <summary>
    /// Folds an unfolded hour bucket into its day document, for pruning, which is about to drop its minutes; the caller
    /// writes the hour bucket itself.
    /// </summary>
    public static void FoldBeforePruning(ILiteDatabase db, BucketCache cache, BsonDocument hourBucket)
    {
        if (!IsUnfolded(hourBucket))
        {
            return;
        }

        var id = hourBucket["_id"].AsInt64;
        var hour = BucketKeys.BucketOf(id);
        UpdateDays(db, cache, id >> BucketKeys.BucketBits, [(hour, Unfold(new CachedBucket(hourBucket), hour))]);
    }

    public static bool IsUnfolded(BsonDocument hourBucket) => hourBucket.ContainsKey(UnfoldedField);

    private static HourRollup Unfold(CachedBucket bucket, long hour)
    {
        var start = hour * BucketKeys.RawBucketTicks;
        bucket.Document.Remove(UnfoldedField);
        var minutes = bucket.Points ??= Points(bucket.Document, MinuteField, start);
        return new HourRollup(Rollups.Regroup(minutes, start, BucketKeys.RawBucketTicks), Replace: true);
    }

    private static void UpdateDays(ILiteDatabase db, BucketCache cache, long series, List<(long Hour, HourRollup Rollup)> folds)
    {
        var rollups = db.GetCollection(CollectionNames.RollupBuckets);
        folds.Sort((left, right) => left.Hour.CompareTo(right.Hour));
        for (var first = 0; first < folds.Count;)
        {
            var day = folds[first].Hour * BucketKeys.RawBucketTicks / BucketKeys.RollupBucketTicks;
            var end = first + 1;
            while (end < folds.Count && folds[end].Hour * BucketKeys.RawBucketTicks / BucketKeys.RollupBucketTicks == day)
            {
                end++;
            }

            UpdateDay(rollups, cache, series, day, folds.GetRange(first, end - first));
            first = end;
        }
    }

    /// <summary>Writes one hour's samples and returns what its day document must take, or null when it stays unfolded (<paramref name="defer"/>).</summary>
    private static HourRollup? WriteHour(ILiteCollection<BsonDocument> buckets, BucketCache cache, long series, long hour, List<RawSample> added, long rawCutoffTicks, bool defer)
    {
        var start = hour * BucketKeys.RawBucketTicks;
        var bucket = cache.HourBucket(buckets, series, BucketKeys.Id(series, hour));
        var document = bucket.Document;
        var storedRaw = document.TryGetValue(BlockField, out var block) && block.IsBinary;
        var keepsRaw = start + BucketKeys.RawBucketTicks > rawCutoffTicks;
        var wasUnfolded = IsUnfolded(document);
        HourRollup? rollup;
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
            rollup = defer ? null : new HourRollup(Rollups.Regroup(bucket.Points, start, BucketKeys.RawBucketTicks), Replace: true);
        }
        else
        {
            // The hour's raw samples are gone (past retention), so the new ones add to its rollups rather than replace
            // them; an unfolded hour's minutes are complete, so they give the whole hour.
            var minutes = Rollups.FromSamples(added, TimeSpan.TicksPerMinute);
            bucket.Points = Join(bucket.Points ?? Points(document, MinuteField, start), minutes);
            rollup = wasUnfolded
                ? new HourRollup(Rollups.Regroup(bucket.Points, start, BucketKeys.RawBucketTicks), Replace: true)
                : new HourRollup(Rollups.Regroup(minutes, start, BucketKeys.RawBucketTicks), Replace: false);
        }

        if (rollup is null)
        {
            document[UnfoldedField] = true;
        }
        else
        {
            document.Remove(UnfoldedField);
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

    /// <summary>Sorted by time (the list itself when it already is); of two samples at one time in a batch, the later in the batch wins.</summary>
    private static List<RawSample> SortedUnique(List<RawSample> samples)
    {
        var inOrder = true;
        for (var index = 1; index < samples.Count && inOrder; index++)
        {
            inOrder = samples[index - 1].UtcTicks < samples[index].UtcTicks;
        }

        if (inOrder)
        {
            return samples;
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
