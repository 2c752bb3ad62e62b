using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Reads one series' rollup points: minute points from the hour buckets, hour and day points from the day documents,
/// with the series' newest hour taken from its own minutes while it is unfolded (see <see cref="BucketWriter"/>).
/// </summary>
public static class RollupReader
{
    public static List<RollupPoint> Read(DashboardDatabase database, long series, MetricResolution resolution, long from, long to)
    {
        if (from > to)
        {
            return [];
        }

        var hourBuckets = database.Collection<BsonDocument>(CollectionNames.SampleBuckets);
        if (resolution == MetricResolution.Minute)
        {
            return InRange(DocumentsOf(hourBuckets, series, from, to, BucketKeys.RawBucketTicks)
                .SelectMany(document => BucketWriter.Points(document, BucketWriter.MinuteField, StartOf(document, BucketKeys.RawBucketTicks))), from, to);
        }

        // The newest hour is read before the day documents: a fold committed in between then leaves it in both, equal,
        // rather than in neither.
        var unfolded = UnfoldedHour(hourBuckets, series);
        var unfoldedDay = unfolded is { } hour ? hour.Start / BucketKeys.RollupBucketTicks : long.MinValue;
        var points = new List<RollupPoint>();
        var sawUnfoldedDay = false;
        foreach (var document in DocumentsOf(database.Collection<BsonDocument>(CollectionNames.RollupBuckets), series, from, to, BucketKeys.RollupBucketTicks))
        {
            var start = StartOf(document, BucketKeys.RollupBucketTicks);
            if (start / BucketKeys.RollupBucketTicks == unfoldedDay)
            {
                points.AddRange(WithHour(BucketWriter.Points(document, BucketWriter.HourField, start), unfolded!.Value, resolution, start));
                sawUnfoldedDay = true;
            }
            else
            {
                points.AddRange(BucketWriter.Points(document, resolution == MetricResolution.Hour ? BucketWriter.HourField : BucketWriter.DayField, start));
            }
        }

        if (unfolded is { } only && !sawUnfoldedDay)
        {
            // A new day's first hour: its day document is written when the hour is folded.
            var start = unfoldedDay * BucketKeys.RollupBucketTicks;
            points.AddRange(WithHour([], only, resolution, start));
            points.Sort((left, right) => left.StartTicks.CompareTo(right.StartTicks));
        }

        return InRange(points, from, to);
    }

    /// <summary>The day's hour points with the unfolded hour's in its place; at day resolution, regrouped into the day.</summary>
    private static List<RollupPoint> WithHour(List<RollupPoint> hours, (long Start, List<RollupPoint> Points) unfolded, MetricResolution resolution, long dayStart)
    {
        hours.RemoveAll(point => point.StartTicks == unfolded.Start);
        hours.AddRange(unfolded.Points);
        hours.Sort((left, right) => left.StartTicks.CompareTo(right.StartTicks));
        return resolution == MetricResolution.Hour ? hours : Rollups.Regroup(hours, dayStart, BucketKeys.RollupBucketTicks);
    }

    private static (long Start, List<RollupPoint> Points)? UnfoldedHour(ILiteCollection<BsonDocument> hourBuckets, long series)
    {
        if (BucketCache.NewestInFile(hourBuckets, series) is not { } newest || !BucketWriter.IsUnfolded(newest.Document))
        {
            return null;
        }

        var start = StartOf(newest.Document, BucketKeys.RawBucketTicks);
        var minutes = BucketWriter.Points(newest.Document, BucketWriter.MinuteField, start);
        return (start, Rollups.Regroup(minutes, start, BucketKeys.RawBucketTicks));
    }

    private static IEnumerable<BsonDocument> DocumentsOf(ILiteCollection<BsonDocument> collection, long series, long from, long to, long bucketTicks) =>
        collection.Query()
            .Where("_id BETWEEN @0 AND @1", BucketKeys.Id(series, from / bucketTicks), BucketKeys.Id(series, to / bucketTicks))
            .OrderBy("_id")
            .ToEnumerable();

    private static long StartOf(BsonDocument document, long bucketTicks) => BucketKeys.BucketOf(document["_id"].AsInt64) * bucketTicks;

    private static List<RollupPoint> InRange(IEnumerable<RollupPoint> points, long from, long to) =>
        [.. points.Where(point => point.StartTicks >= from && point.StartTicks <= to)];
}
