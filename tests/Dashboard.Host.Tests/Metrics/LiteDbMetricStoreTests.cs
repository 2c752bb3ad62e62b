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
}
