using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// What the store did before buckets, kept here only to measure against: one <see cref="StoredSample"/> document per
/// sample (id series plus ticks) with an index on the metric key, and the last value of each series; or, as
/// <paramref name="Bare"/>, only the documents inserted, no index and no last values (raw LiteDB).
/// </summary>
public sealed record OneDocumentPerSampleStore(DashboardDatabase Database, bool Bare)
{
    private const string BareCollection = "raw_samples";

    public Task WriteAsync(IReadOnlyList<QualifiedSample> samples) => Database.WriteAsync(db =>
    {
        var documents = samples.Select(StoredSample.From);
        if (Bare)
        {
            db.GetCollection<StoredSample>(BareCollection).InsertBulk(documents);
            return;
        }

        var collection = db.GetCollection<StoredSample>(CollectionNames.LegacySamples);
        collection.EnsureIndex(sample => sample.MetricKey);
        collection.Upsert(documents);
        var lastValues = db.GetCollection<LastValue>(CollectionNames.LastValues);
        foreach (var series in samples.GroupBy(sample => sample.SeriesKey))
        {
            var candidate = series.MaxBy(sample => sample.Timestamp)!;
            var current = lastValues.FindById(series.Key);
            if (current is null || current.UtcTicks <= candidate.Timestamp.UtcTicks)
            {
                lastValues.Upsert(LastValue.From(candidate));
            }
        }
    });

    /// <summary>A trend the old way: every sample of the range read, then averaged per step.</summary>
    public int ReadTrend(string seriesKey, DateTimeOffset from, DateTimeOffset to, int points)
    {
        var step = (to - from) / points;
        var id = (DateTimeOffset at) => seriesKey + "|" + at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        return Database.Collection<StoredSample>(Bare ? BareCollection : CollectionNames.LegacySamples)
            .Query().Where("_id BETWEEN @0 AND @1", id(from), id(to)).ToEnumerable()
            .GroupBy(sample => (sample.UtcTicks - from.UtcTicks) / step.Ticks)
            .Select(group => group.Average(sample => sample.Value ?? 0))
            .Count();
    }
}
