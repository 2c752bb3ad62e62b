using Dashboard.Host.Metrics.Encoding;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Samples, rollups and last values of every series. Writes are idempotent: the same series and timestamp replace,
/// never add. The LiteDB store is the embedded default; another engine implements this and passes the same tests.
/// </summary>
public interface IMetricStore
{
    /// <summary>Stores a batch in one transaction and returns the samples that became their series' last value.</summary>
    Task<IReadOnlyList<QualifiedSample>> StoreAsync(IReadOnlyList<QualifiedSample> samples, CancellationToken cancellationToken = default);

    /// <summary>Samples of a series with <paramref name="from"/> ≤ time ≤ <paramref name="to"/>, oldest first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<SamplePoint> GetSamples(string seriesKey, DateTimeOffset from, DateTimeOffset to, int limit = int.MaxValue);

    /// <summary>The newest <paramref name="count"/> samples of a series since a time, oldest first.</summary>
    IReadOnlyList<SamplePoint> GetRecent(string seriesKey, DateTimeOffset since, int count);

    /// <summary>
    /// A trend of about <paramref name="points"/> points: the range cut into equal steps from <paramref name="from"/>, each
    /// step the rollup of the values in it (steps without values are left out), read from the coarsest resolution kept
    /// that still gives that many points, so the cost follows the points asked, not the samples stored.
    /// </summary>
    IReadOnlyList<RollupPoint> GetTrend(string seriesKey, DateTimeOffset from, DateTimeOffset to, int points);

    IReadOnlyList<LastValue> GetLastValues();

    LastValue? GetLastValue(string seriesKey);

    /// <summary>The last values of every series of one metric (each window and dimension).</summary>
    IReadOnlyList<LastValue> GetLastValuesOf(string metricKey);

    /// <summary>
    /// Drops at most <paramref name="maxBuckets"/> buckets (or bucket parts) of <paramref name="resolution"/> that end
    /// before <paramref name="before"/>, in one short write; returns how many it dropped (fewer: nothing older is left).
    /// </summary>
    Task<int> PruneAsync(MetricResolution resolution, DateTimeOffset before, int maxBuckets, CancellationToken cancellationToken = default);
}
