using Dashboard.Host.Metrics.Encoding;
using Dashboard.Host.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Metrics;

/// <summary>
/// The embedded metric store: raw samples and their minute rollups in compressed hour buckets, hour and day rollups in
/// one document per series and day, last values in one document per collector. Every write goes through the database's
/// single writer, a batch in one transaction.
/// </summary>
public sealed class LiteDbMetricStore : IMetricStore
{
    private readonly DashboardDatabase _database;
    private readonly IOptions<MetricRetentionOptions> _retention;
    private readonly TimeProvider _time;
    private readonly SeriesRegistry _series;
    private readonly BucketCache _cache = new();
    private readonly LastValueIndex _lastValues;
    private readonly MetricPruner _pruner;

    public LiteDbMetricStore(DashboardDatabase database, IOptions<MetricRetentionOptions> retention, TimeProvider time)
    {
        _database = database;
        _retention = retention;
        _time = time;
        _series = new SeriesRegistry(database);
        _lastValues = new LastValueIndex(database);
        _pruner = new MetricPruner(database, _series, _cache);
    }

    private ILiteCollection<BsonDocument> SampleBuckets => _database.Collection<BsonDocument>(CollectionNames.SampleBuckets);

    public Task<IReadOnlyList<QualifiedSample>> StoreAsync(IReadOnlyList<QualifiedSample> samples, CancellationToken cancellationToken = default) =>
        StoreAsync(samples, alsoInTransaction: null, keepRawOfAnyAge: false, cancellationToken);

    /// <summary>
    /// As <see cref="StoreAsync(IReadOnlyList{QualifiedSample}, CancellationToken)"/>, running <paramref name="alsoInTransaction"/>
    /// in the same transaction; <paramref name="keepRawOfAnyAge"/> keeps raw samples older than raw retention (pruning removes them later).
    /// </summary>
    public async Task<IReadOnlyList<QualifiedSample>> StoreAsync(
        IReadOnlyList<QualifiedSample> samples, Action<ILiteDatabase>? alsoInTransaction, bool keepRawOfAnyAge, CancellationToken cancellationToken)
    {
        var bySeries = BySeries(samples);
        var numbers = await _series.ResolveAsync(bySeries.Keys, cancellationToken);
        var rawCutoff = keepRawOfAnyAge ? 0 : _retention.Value.RawCutoff(_time.GetUtcNow()).UtcTicks;
        LastValueChanges? changes = null;
        return await _database.WriteAsync<IReadOnlyList<QualifiedSample>>(
            db =>
            {
                foreach (var (seriesKey, series) in bySeries)
                {
                    BucketWriter.Write(db, _cache, numbers[seriesKey], series.ConvertAll(ToRaw), rawCutoff);
                }

                var (newest, changed) = _lastValues.Write(db, bySeries.Select(series => (series.Key, series.Value.MaxBy(sample => sample.Timestamp)!)));
                changes = changed;
                alsoInTransaction?.Invoke(db);
                return newest;
            },
            cancellationToken,
            committed: () => _lastValues.Publish(changes!),
            rolledBack: () =>
            {
                // Both hold what the rolled-back transaction wrote.
                _cache.Clear();
                _lastValues.Invalidate();
            });
    }

    /// <summary>Converts the last values of an older data folder (one document per series) to one document per collector.</summary>
    public Task ConvertLegacyLastValuesAsync(CancellationToken cancellationToken) => _lastValues.ConvertLegacyAsync(cancellationToken);

    // In order of each series' first sample; a dictionary keeps that order while nothing is removed.
    private static Dictionary<string, List<QualifiedSample>> BySeries(IReadOnlyList<QualifiedSample> samples)
    {
        var bySeries = new Dictionary<string, List<QualifiedSample>>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            var key = sample.SeriesKey;
            if (!bySeries.TryGetValue(key, out var series))
            {
                bySeries[key] = series = [];
            }

            series.Add(sample);
        }

        return bySeries;
    }

    public IReadOnlyList<SamplePoint> GetSamples(string seriesKey, DateTimeOffset from, DateTimeOffset to, int limit = int.MaxValue) =>
        ReadSamples(seriesKey, from.UtcTicks, to.UtcTicks, newestFirst: false)
            .Take(limit)
            .Select(sample => sample.ToPoint())
            .ToList();

    public IReadOnlyList<SamplePoint> GetRecent(string seriesKey, DateTimeOffset since, int count) =>
        Enumerable.Reverse(ReadSamples(seriesKey, since.UtcTicks, DateTimeOffset.MaxValue.UtcTicks, newestFirst: true).Take(count).ToList())
            .Select(sample => sample.ToPoint())
            .ToList();

    public IReadOnlyList<RollupPoint> GetTrend(string seriesKey, DateTimeOffset from, DateTimeOffset to, int points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var step = Math.Max(1, (to.UtcTicks - from.UtcTicks + 1 + points - 1) / points);
        var resolution = _retention.Value.CoarsestFor(step, from, _time.GetUtcNow());
        var finest = resolution == MetricResolution.Raw
            ? Rollups.FromSamples(ReadSamples(seriesKey, from.UtcTicks, to.UtcTicks, newestFirst: false), 1)
            : _series.Find(seriesKey) is { } series ? RollupReader.Read(_database, series, resolution, from.UtcTicks, to.UtcTicks) : [];
        return Rollups.Regroup(finest, from.UtcTicks, step);
    }

    public IReadOnlyList<LastValue> GetLastValues() => _lastValues.All();

    public LastValue? GetLastValue(string seriesKey) => _lastValues.Find(seriesKey);

    public IReadOnlyList<LastValue> GetLastValuesOf(string metricKey) => _lastValues.OfMetric(metricKey);

    public Task<int> PruneAsync(MetricResolution resolution, DateTimeOffset before, int maxBuckets, CancellationToken cancellationToken = default) =>
        _pruner.PruneAsync(resolution, before.UtcTicks, maxBuckets, cancellationToken);

    /// <summary>Samples in [from, to] bucket by bucket, so a reader that stops early decodes no more buckets than it used.</summary>
    private IEnumerable<RawSample> ReadSamples(string seriesKey, long from, long to, bool newestFirst)
    {
        if (_series.Find(seriesKey) is not { } series || from > to)
        {
            yield break;
        }

        var query = SampleBuckets.Query().Where(
            "_id BETWEEN @0 AND @1", BucketKeys.Id(series, BucketKeys.RawBucket(from)), BucketKeys.Id(series, BucketKeys.RawBucket(to)));
        foreach (var bucket in (newestFirst ? query.OrderByDescending("_id") : query.OrderBy("_id")).ToEnumerable())
        {
            if (!bucket.TryGetValue(BucketWriter.BlockField, out var block) || !block.IsBinary)
            {
                continue;
            }

            var samples = SampleBlock.Decode(block.AsBinary, BucketKeys.BucketOf(bucket["_id"].AsInt64) * BucketKeys.RawBucketTicks);
            var inRange = samples.Where(sample => sample.UtcTicks >= from && sample.UtcTicks <= to);
            foreach (var sample in newestFirst ? inRange.Reverse() : inRange)
            {
                yield return sample;
            }
        }
    }

    private static RawSample ToRaw(QualifiedSample sample) => new(sample.Timestamp.UtcTicks, sample.Value, sample.State, sample.Basis);
}
