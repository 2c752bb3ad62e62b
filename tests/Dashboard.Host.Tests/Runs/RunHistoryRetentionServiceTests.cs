using Dashboard.Host.Configuration;
using Dashboard.Host.Runs;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Runs;

public sealed class RunHistoryRetentionServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;
    private readonly RunHistoryStore _history;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly PrunePasses _passes;

    public RunHistoryRetentionServiceTests()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        _history = new RunHistoryStore(_database);
        var options = Options.Create(new DashboardOptions { RunHistoryDays = 30, RecordPruneInterval = TimeSpan.FromHours(1) });
        var service = new RunHistoryRetentionService(_history, options, _time, NullLogger<RunHistoryRetentionService>.Instance);
        _passes = new PrunePasses(service, handler => service.PassCompleted += handler);
    }

    public void Dispose()
    {
        _passes.Dispose();
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task StartAsync_OldRunsFillingSeveralBatches_PrunesThemAllAndKeepsTheRecentOnes()
    {
        // 1,200 runs 31 days old (past 30 days): batches of 500 take 500 + 500 + 200; the run 29 days old stays.
        for (var run = 0; run < 1_200; run++)
        {
            await _history.AddAsync(Run(Now.AddDays(-31).AddSeconds(run)));
        }

        await _history.AddAsync(Run(Now.AddDays(-29)));

        await _passes.StartAsync();

        Assert.Equal(1_200, await _passes.NextAsync());
        Assert.Equal(Now.AddDays(-29).UtcTicks, Assert.Single(_history.Newest("desk", 500)).StartedUtcTicks);
    }

    [Fact]
    public async Task NextInterval_RunThatAgedPastTheKeptDays_IsPruned()
    {
        // Started 29 days 23 h 30 min ago: kept now, 30 days 30 min old at the next hourly pass.
        await _history.AddAsync(Run(Now.AddDays(-30).AddMinutes(30)));
        await _passes.StartAsync();
        Assert.Equal(0, await _passes.NextAsync());

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await _passes.NextAsync());
        Assert.Empty(_history.Newest("desk", 10));
    }

    private static RunHistoryEntry Run(DateTimeOffset started) =>
        new() { CollectorId = "desk", StartedUtcTicks = started.UtcTicks, Outcome = RunOutcome.Succeeded };
}
