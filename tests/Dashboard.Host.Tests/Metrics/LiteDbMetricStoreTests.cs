using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Tests.Metrics;

/// <summary>The metric store contract on a real LiteDB file, and what is particular to LiteDB.</summary>
public sealed class LiteDbMetricStoreTests : MetricStoreContractTests
{
    private readonly TempFolder _folder = new();
    private DashboardDatabase? _database;

    protected override IMetricStore Open(TimeProvider time)
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        return new LiteDbMetricStore(_database, Options.Create(new MetricRetentionOptions()), time);
    }

    protected override void Close()
    {
        _database?.Dispose();
        _database = null;
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task StoreAsync_SomethingInTheTransactionThrows_KeepsNothingOfTheBatch()
    {
        var store = (LiteDbMetricStore)Store;

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.StoreAsync(
            [Sample("q.wait", Noon, 1)], _ => throw new InvalidOperationException("disk full"), keepRawOfAnyAge: false, CancellationToken.None));

        Assert.Empty(Store.GetSamples("q.wait", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        Assert.Empty(Store.GetTrend("q.wait", Noon.AddDays(-1), Noon.AddDays(1), 2));
        Assert.Null(Store.GetLastValue("q.wait"));
    }

    [Fact]
    public async Task StoreAsync_LateSamplePastRawRetention_AddsToTheRollupsWithoutKeepingRaw()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 2)]);
        Time.Advance(TimeSpan.FromDays(31));

        await Store.StoreAsync([Sample("q.wait", Noon.AddMinutes(1), 4)]);

        var hour = Assert.Single(Store.GetTrend("q.wait", Noon, Noon.AddHours(1).AddTicks(-1), 1));
        // The raw hour, older than the 30 days of raw retention, takes no new sample; its rollup counts both: 2 + 4 = 6.
        Assert.Equal((2L, 6.0, 2.0, 4.0), (hour.Count, hour.Sum, hour.Min, hour.Max));
        Assert.Equal([2.0], Store.GetSamples("q.wait", Noon, Noon.AddHours(1)).Select(sample => sample.Value));
    }

    [Fact]
    public async Task StoreAsync_FailedBatchBetweenTwoGoodOnes_KeepsOnlyTheCommittedSamples()
    {
        var store = (LiteDbMetricStore)Store;
        await Store.StoreAsync([Sample("q.wait", Noon, 1)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.StoreAsync(
            [Sample("q.wait", Noon.AddMinutes(1), 50)], _ => throw new InvalidOperationException("disk full"), keepRawOfAnyAge: false, CancellationToken.None));
        await Store.StoreAsync([Sample("q.wait", Noon.AddMinutes(2), 3)]);

        // What the failed batch put in memory must not reach the file with the next one: 1 and 3 only, sum 4.
        Assert.Equal([1.0, 3.0], Reopen().GetSamples("q.wait", Noon, Noon.AddHours(1)).Select(sample => sample.Value));
        Assert.Equal((2L, 4.0), Point(Store.GetTrend("q.wait", Noon, Noon.AddHours(1).AddTicks(-1), 1)));
        Assert.Equal(3, Store.GetLastValue("q.wait")!.Value);
    }

    [Fact]
    public async Task StoreAsync_NewestHourThenANewerOne_FoldsTheFirstIntoItsDayDocumentOnlyThen()
    {
        var midnight = Noon.AddHours(-12);
        var lateEvening = Noon.AddHours(11).AddMinutes(30);
        await Store.StoreAsync([Sample("q.wait", lateEvening, 2), Sample("q.wait", lateEvening.AddMinutes(10), 4)]);

        // 23:30 and 23:40 are the series' newest hour: its day document does not have it yet, reads take it from its minutes.
        Assert.True(RawBucket(lateEvening).ContainsKey(BucketWriter.UnfoldedField));
        Assert.Null(DayDocument(lateEvening));
        Assert.Equal((2L, 6.0), Point(Reopen().GetTrend("q.wait", lateEvening.AddMinutes(-30), lateEvening.AddMinutes(30).AddTicks(-1), 1)));

        await Store.StoreAsync([Sample("q.wait", lateEvening.AddMinutes(35), 7)]);

        // 00:05 the next day begins a newer hour: 23:00 is folded (2 + 4 = 6 in its day), 00:00 is the new unfolded one.
        Assert.False(RawBucket(lateEvening).ContainsKey(BucketWriter.UnfoldedField));
        Assert.True(RawBucket(lateEvening.AddMinutes(35)).ContainsKey(BucketWriter.UnfoldedField));
        var folded = BucketWriter.Points(DayDocument(lateEvening)!, BucketWriter.HourField, midnight.UtcTicks);
        Assert.Equal((2L, 6.0), Point(folded));
        Assert.Null(DayDocument(lateEvening.AddMinutes(35)));
        // Two days at day resolution: 6 on the first, 7 on the second, the second read from its only (unfolded) hour.
        var days = Store.GetTrend("q.wait", midnight, midnight.AddDays(2).AddTicks(-1), 2);
        Assert.Equal([(2L, 6.0), (1L, 7.0)], days.Select(day => (day.Count, day.Sum)));
    }

    [Fact]
    public async Task PruneAsync_AfterAPassFoundNothingMore_LooksOnlyAfterItsCutoffUntilTheNextStart()
    {
        var store = (LiteDbMetricStore)Store;
        await Store.StoreAsync([Sample("q.wait", Noon, 1)]);
        Assert.Equal(1, await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(2), maxBuckets: 10));
        Assert.Equal(0, await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(2), maxBuckets: 10));

        // A sample kept raw in an earlier hour, before the cutoff the last pass finished (as the upgrade writes old samples) ...
        await store.StoreAsync([Sample("q.wait", Noon.AddMinutes(-55), 2)], alsoInTransaction: null, keepRawOfAnyAge: true, CancellationToken.None);

        // ... is not looked for again while the host runs; a new start's first pass looks at everything.
        Assert.Equal(0, await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(2), maxBuckets: 10));
        Assert.Equal(1, await Reopen().PruneAsync(MetricResolution.Raw, Noon.AddHours(2), maxBuckets: 10));
    }

    private static (long Count, double Sum) Point(IEnumerable<Dashboard.Host.Metrics.Encoding.RollupPoint> points) =>
        Assert.Single(points) is var point ? (point.Count, point.Sum) : default;

    private LiteDB.BsonDocument RawBucket(DateTimeOffset at) =>
        _database!.Collection<LiteDB.BsonDocument>(CollectionNames.SampleBuckets).FindById(BucketKeys.Id(SeriesNumber(), BucketKeys.RawBucket(at.UtcTicks)));

    private LiteDB.BsonDocument? DayDocument(DateTimeOffset at) =>
        _database!.Collection<LiteDB.BsonDocument>(CollectionNames.RollupBuckets).FindById(BucketKeys.Id(SeriesNumber(), BucketKeys.RollupBucket(at.UtcTicks)));

    private long SeriesNumber() => new SeriesRegistry(_database!).Find("q.wait")!.Value;
}
