using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>Samples and last values on LiteDB. Writes are idempotent: the same series and timestamp replace, never add.</summary>
public sealed class MetricStore(DashboardDatabase database)
{
    private const string IdBetween = "_id BETWEEN @0 AND @1";

    private ILiteCollection<StoredSample> Samples => database.Collection<StoredSample>(CollectionNames.Samples);

    private ILiteCollection<LastValue> LastValues => database.Collection<LastValue>(CollectionNames.LastValues);

    /// <summary>Stores a batch in one transaction and returns the samples that became their series' last value.</summary>
    public Task<IReadOnlyList<QualifiedSample>> StoreAsync(IReadOnlyList<QualifiedSample> samples, CancellationToken cancellationToken = default) =>
        database.WriteAsync<IReadOnlyList<QualifiedSample>>(db =>
        {
            var sampleCollection = db.GetCollection<StoredSample>(CollectionNames.Samples);
            var lastValueCollection = db.GetCollection<LastValue>(CollectionNames.LastValues);
            sampleCollection.Upsert(samples.Select(ToStored));

            var newest = new List<QualifiedSample>();
            foreach (var series in samples.GroupBy(sample => sample.SeriesKey))
            {
                var candidate = series.MaxBy(sample => sample.Timestamp)!;
                var current = lastValueCollection.FindById(series.Key);
                if (current is null || current.UtcTicks <= candidate.Timestamp.UtcTicks)
                {
                    lastValueCollection.Upsert(ToLastValue(candidate));
                    newest.Add(candidate);
                }
            }

            return newest;
        }, cancellationToken);

    public IReadOnlyList<SamplePoint> GetSamples(string seriesKey, DateTimeOffset from, DateTimeOffset to, int limit = int.MaxValue) =>
        ReadRange(seriesKey, from, to, newestFirst: false, limit);

    /// <summary>The newest <paramref name="count"/> samples of a series since a time, oldest first.</summary>
    public IReadOnlyList<SamplePoint> GetRecent(string seriesKey, DateTimeOffset since, int count) =>
        Enumerable.Reverse(ReadRange(seriesKey, since, DateTimeOffset.MaxValue, newestFirst: true, count)).ToList();

    public IReadOnlyList<LastValue> GetLastValues() => LastValues.FindAll().ToList();

    public LastValue? GetLastValue(string seriesKey) => LastValues.FindById(seriesKey);

    /// <summary>The last values of every series of one metric (each window and dimension), by the metric key index.</summary>
    public IReadOnlyList<LastValue> GetLastValuesOf(string metricKey) => LastValues.Find(value => value.MetricKey == metricKey).ToList();

    private List<SamplePoint> ReadRange(string seriesKey, DateTimeOffset from, DateTimeOffset to, bool newestFirst, int limit)
    {
        var query = Samples.Query().Where(IdBetween, SeriesKey.SampleId(seriesKey, from), SeriesKey.SampleId(seriesKey, to));
        return (newestFirst ? query.OrderByDescending("_id") : query.OrderBy("_id"))
            .Limit(limit)
            .ToEnumerable()
            .Select(sample => new SamplePoint(new DateTimeOffset(sample.UtcTicks, TimeSpan.Zero), sample.Value, sample.State, sample.Basis))
            .ToList();
    }

    private static StoredSample ToStored(QualifiedSample sample) => new()
    {
        Id = SeriesKey.SampleId(sample.SeriesKey, sample.Timestamp),
        SeriesKey = sample.SeriesKey,
        MetricKey = sample.MetricKey,
        CollectorId = sample.CollectorId,
        Dimensions = new Dictionary<string, string>(sample.Dimensions),
        UtcTicks = sample.Timestamp.UtcTicks,
        Value = sample.Value,
        State = sample.State,
        Basis = sample.Basis,
    };

    private static LastValue ToLastValue(QualifiedSample sample) => new()
    {
        Id = sample.SeriesKey,
        MetricKey = sample.MetricKey,
        CollectorId = sample.CollectorId,
        Dimensions = new Dictionary<string, string>(sample.Dimensions),
        UtcTicks = sample.Timestamp.UtcTicks,
        Value = sample.Value,
        State = sample.State,
        Basis = sample.Basis,
    };
}
