using Dashboard.Host.Configuration;
using Dashboard.Host.Records;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Records;

public sealed class RecordRetentionServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;
    private readonly LiteDbRecordStore _store;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly PrunePasses _passes;

    public RecordRetentionServiceTests()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        _store = new LiteDbRecordStore(_database);
        var options = Options.Create(new DashboardOptions { RecordRetentionDays = 30, RecordPruneInterval = TimeSpan.FromHours(1) });
        var service = new RecordRetentionService(_store, options, _time, NullLogger<RecordRetentionService>.Instance);
        _passes = new PrunePasses(service, handler => service.PassCompleted += handler);
    }

    public void Dispose()
    {
        _passes.Dispose();
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task StartAsync_OldRecordsFillingSeveralBatches_PrunesThemAllInTheFirstPass()
    {
        // 2,500 records ended 31 days ago (past the 30-day retention): batches of 1,000 take 1,000 + 1,000 + 500.
        var old = Enumerable.Range(0, 2_500).Select(number => Ended($"old-{number}", Now.AddDays(-31)));
        await _store.ApplyAsync("queues", [.. old, Ended("fresh", Now.AddDays(-29))], null);

        await _passes.StartAsync();

        Assert.Equal(2_500, await _passes.NextAsync());
        Assert.Equal("fresh", Assert.Single(_store.ReadOverlapping("queues", DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Id);
    }

    [Fact]
    public async Task NextInterval_RecordThatAgedPastRetention_IsPruned()
    {
        // Ended 29 days 30 minutes ago: kept now, 30 days 30 minutes old after the next hourly pass.
        await _store.ApplyAsync("queues", [Ended("ageing", Now.AddDays(-30).AddMinutes(30))], null);
        await _passes.StartAsync();
        Assert.Equal(0, await _passes.NextAsync());

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await _passes.NextAsync());
        Assert.Empty(_store.ReadOverlapping("queues", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
    }

    private static RecordUpdate Ended(string id, DateTimeOffset end) => new()
    {
        RecordId = id,
        AsOf = end,
        Fields = new Dictionary<string, object?> { [RecordRules.StartField] = end.AddMinutes(-5), [RecordRules.EndField] = end },
    };
}
