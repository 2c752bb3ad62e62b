using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Metrics;

public sealed class MetricRetentionServiceTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly LiteDbMetricStore _store;
    private readonly PrunePasses _passes;

    public MetricRetentionServiceTests()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        var options = Options.Create(new MetricRetentionOptions { PruneBatchSize = 2 });
        _store = new LiteDbMetricStore(_database, options, _time);
        var service = new MetricRetentionService(_store, options, _time, NullLogger<MetricRetentionService>.Instance);
        _passes = new PrunePasses(service, handler => service.PassCompleted += handler);
    }

    public void Dispose()
    {
        _passes.Dispose();
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task StartAsync_RawOlderThanThirtyDaysInSeveralBatches_PrunesItAllAndKeepsTheRollups()
    {
        // Five hours of one sample each, then 31 days pass: five raw blocks past the 30 days, in batches of 2 (2 + 2 + 1).
        await _store.StoreAsync(Enumerable.Range(0, 5).Select(hour => new QualifiedSample("q", "q.wait", Start.AddHours(hour), hour, new Dictionary<string, string>())).ToList());
        _time.Advance(TimeSpan.FromDays(31));

        await _passes.StartAsync();

        Assert.Equal(5, await _passes.NextAsync());
        Assert.Empty(_store.GetSamples("q.wait", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        // The day's rollup is kept forever: 0 + 1 + 2 + 3 + 4 = 10.
        Assert.Equal(10.0, Assert.Single(_store.GetTrend("q.wait", Start, Start.AddDays(1).AddTicks(-1), 1)).Sum);
    }
}
