using Dashboard.Host.Metrics;
using Dashboard.Sdk;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Metrics;

/// <summary>What every <see cref="IMetricStore"/> must do; each engine runs these through a subclass.</summary>
public abstract partial class MetricStoreContractTests : IDisposable
{
    protected static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private IMetricStore? _store;

    protected FakeTimeProvider Time { get; } = new(Noon.AddHours(1));

    protected IMetricStore Store => _store ??= Open(Time);

    /// <summary>Opens the store on the same data every time it is called.</summary>
    protected abstract IMetricStore Open(TimeProvider time);

    protected abstract void Close();

    protected IMetricStore Reopen()
    {
        Close();
        _store = Open(Time);
        return _store;
    }

    public virtual void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task StoreAsync_SameBatchTwice_KeepsOneSamplePerTimestamp()
    {
        var batch = new[] { Sample("q.wait", Noon, 12), Sample("q.wait", Noon.AddMinutes(1), 14) };

        await Store.StoreAsync(batch);
        await Store.StoreAsync(batch);

        var samples = Store.GetSamples("q.wait", Noon.AddHours(-1), Noon.AddHours(1));
        Assert.Equal([12.0, 14.0], samples.Select(sample => sample.Value));
    }

    [Fact]
    public async Task StoreAsync_RetryWithNewValue_ReplacesTheValue()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 12)]);
        await Store.StoreAsync([Sample("q.wait", Noon, 13)]);

        var sample = Assert.Single(Store.GetSamples("q.wait", Noon, Noon));
        Assert.Equal(13, sample.Value);
    }

    [Fact]
    public async Task StoreAsync_OlderSample_DoesNotReplaceLastValue()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 12)]);

        var newest = await Store.StoreAsync([Sample("q.wait", Noon.AddMinutes(-5), 40)]);

        Assert.Empty(newest);
        Assert.Equal(12, Store.GetLastValue("q.wait")!.Value);
        Assert.Equal(2, Store.GetSamples("q.wait", Noon.AddHours(-1), Noon).Count);
    }

    [Fact]
    public async Task StoreAsync_LateSamplesDaysEarlier_LandInTimeOrderAmongTheOthers()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 3), Sample("q.wait", Noon.AddDays(-2), 1)]);

        await Store.StoreAsync([Sample("q.wait", Noon.AddDays(-1), 2), Sample("q.wait", Noon.AddDays(-2).AddSeconds(30), 1.5)]);

        var samples = Store.GetSamples("q.wait", Noon.AddDays(-3), Noon);
        Assert.Equal([1.0, 1.5, 2.0, 3.0], samples.Select(sample => sample.Value));
        Assert.Equal([Noon.AddDays(-2), Noon.AddDays(-2).AddSeconds(30), Noon.AddDays(-1), Noon], samples.Select(sample => sample.Timestamp));
    }

    [Fact]
    public async Task GetSamples_Range_ReturnsOnlyThatSeriesInsideTheRangeInTimeOrder()
    {
        var library = new Dictionary<string, string> { ["servicePoint"] = "Library" };
        await Store.StoreAsync(
        [
            Sample("q.wait", Noon.AddMinutes(2), 3),
            Sample("q.wait", Noon, 1),
            Sample("q.wait", Noon.AddMinutes(1), 2),
            Sample("q.wait", Noon.AddMinutes(10), 99),
            Sample("q.wait", Noon.AddMinutes(1), 50, library),
            Sample("q.waiting", Noon.AddMinutes(1), 77),
        ]);

        var overall = Store.GetSamples("q.wait", Noon, Noon.AddMinutes(5));
        var perLibrary = Store.GetSamples(SeriesKey.For("q.wait", library), Noon, Noon.AddMinutes(5));

        Assert.Equal([1.0, 2.0, 3.0], overall.Select(sample => sample.Value));
        Assert.Equal(Noon.AddMinutes(1), overall[1].Timestamp);
        Assert.Equal(50, Assert.Single(perLibrary).Value);
    }

    [Fact]
    public async Task GetSamples_EdgesOnBucketBoundaries_IncludeBothEndsAndNothingOutside()
    {
        var justBefore = Noon.AddTicks(-1);
        var justAfter = Noon.AddHours(1).AddTicks(1);
        await Store.StoreAsync([Sample("q.wait", justBefore, 1), Sample("q.wait", Noon, 2), Sample("q.wait", Noon.AddHours(1), 3), Sample("q.wait", justAfter, 4)]);

        var samples = Store.GetSamples("q.wait", Noon, Noon.AddHours(1));

        Assert.Equal([2.0, 3.0], samples.Select(sample => sample.Value));
        Assert.Equal([1.0, 2.0, 3.0, 4.0], Store.GetSamples("q.wait", DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Select(sample => sample.Value));
    }

    [Fact]
    public async Task GetSamples_Limit_ReturnsTheOldestThatMany()
    {
        await Store.StoreAsync(Enumerable.Range(0, 200).Select(minute => Sample("q.wait", Noon.AddMinutes(minute), minute)).ToList());

        var samples = Store.GetSamples("q.wait", Noon, Noon.AddDays(1), limit: 3);

        Assert.Equal([0.0, 1.0, 2.0], samples.Select(sample => sample.Value));
    }

    [Fact]
    public async Task GetSamples_UnknownSeries_IsEmpty()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 1)]);

        Assert.Empty(Store.GetSamples("q.other", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Empty(Store.GetRecent("q.other", DateTimeOffset.MinValue, 5));
        Assert.Empty(Store.GetTrend("q.other", Noon.AddDays(-1), Noon, 10));
        Assert.Null(Store.GetLastValue("q.other"));
    }

    [Fact]
    public async Task GetRecent_MoreSamplesThanAskedAcrossBuckets_ReturnsTheNewestOldestFirst()
    {
        // 10 samples 20 minutes apart span four hour buckets; the newest three are 7, 8 and 9.
        await Store.StoreAsync(Enumerable.Range(0, 10).Select(step => Sample("q.wait", Noon.AddMinutes(20 * step), step)).ToList());

        var recent = Store.GetRecent("q.wait", Noon.AddHours(-1), 3);

        Assert.Equal([7.0, 8.0, 9.0], recent.Select(sample => sample.Value));
    }

    [Fact]
    public async Task StoreAsync_ManyConcurrentWriters_AllSamplesThereAfterReopening()
    {
        const int writers = 8;
        const int batchesPerWriter = 40;
        var store = Store;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var batch = 0; batch < batchesPerWriter; batch++)
            {
                var at = Noon.AddSeconds(batch);
                await store.StoreAsync([Sample($"c{writer}.a", at, batch), Sample($"c{writer}.b", at, -batch)]);
            }
        })));

        var reopened = Reopen();
        for (var writer = 0; writer < writers; writer++)
        {
            Assert.Equal(batchesPerWriter, reopened.GetSamples($"c{writer}.a", Noon, Noon.AddHours(1)).Count);
            Assert.Equal(-(batchesPerWriter - 1), reopened.GetLastValue($"c{writer}.b")!.Value);
        }
    }

    [Fact]
    public async Task StoreAsync_FigureStates_KeepStateAndBasisInSamplesAndLastValue()
    {
        await Store.StoreAsync(
        [
            Sample("q.nps", Noon, 40) with { Basis = 50 },
            new QualifiedSample("q", "q.nps", Noon.AddMinutes(1), null, new Dictionary<string, string>()) { State = FigureState.TooFewData, Basis = 3 },
            new QualifiedSample("q", "q.nps", Noon.AddMinutes(2), null, new Dictionary<string, string>()) { State = FigureState.Closed },
            Sample("q.nps", Noon.AddMinutes(3), 41),
        ]);

        var samples = Store.GetSamples("q.nps", Noon, Noon.AddHours(1));
        var last = Reopen().GetLastValue("q.nps")!;

        Assert.Equal(
            [
                new SamplePoint(Noon, 40, FigureState.Value, 50),
                new SamplePoint(Noon.AddMinutes(1), null, FigureState.TooFewData, 3),
                new SamplePoint(Noon.AddMinutes(2), null, FigureState.Closed, null),
                new SamplePoint(Noon.AddMinutes(3), 41, FigureState.Value, null),
            ],
            samples);
        Assert.Equal((FigureState.Value, null, (double?)41), (last.State, last.Basis, last.Value));
    }

    [Fact]
    public async Task StoreAsync_AwkwardDoubles_ReadBackBitForBit()
    {
        double[] values = [0.1, -0.0, double.NaN, double.PositiveInfinity, 1e300, 1 / 3.0, double.Epsilon, 12.34, -7, 0.30000000000000004, long.MaxValue];
        await Store.StoreAsync(values.Select((value, index) => Sample("q.odd", Noon.AddSeconds(index), value)).ToList());

        var read = Reopen().GetSamples("q.odd", Noon, Noon.AddMinutes(1));

        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), read.Select(sample => BitConverter.DoubleToInt64Bits(sample.Value!.Value)));
    }

    protected static QualifiedSample Sample(string key, DateTimeOffset at, double value, Dictionary<string, string>? dimensions = null) =>
        new(MetricKeys.CollectorOf(key), key, at, value, dimensions ?? []);
}
