using Dashboard.Host.Runs;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Runs;

public sealed class RunHistoryStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;
    private readonly RunHistoryStore _history;

    public RunHistoryStoreTests()
    {
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        _history = new RunHistoryStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Newest_RunsOfTwoCollectors_ReturnsOnlyTheCollectorsNewestFirstUpToTheLimit()
    {
        for (var minute = 0; minute < 5; minute++)
        {
            await _history.AddAsync(Entry("desk", Start.AddMinutes(minute)));
            await _history.AddAsync(Entry("lobby", Start.AddMinutes(minute)));
        }

        var newest = _history.Newest("desk", 3);

        // Five runs at minutes 0..4: the three newest are 4, 3, 2.
        Assert.Equal([Start.AddMinutes(4).UtcTicks, Start.AddMinutes(3).UtcTicks, Start.AddMinutes(2).UtcTicks], newest.Select(entry => entry.StartedUtcTicks));
        Assert.All(newest, entry => Assert.Equal("desk", entry.CollectorId));
    }

    [Fact]
    public async Task PruneAsync_MoreOldEntriesThanOneBatch_RemovesOneBatchAtATimeAndKeepsNewerOnes()
    {
        // 7 entries on days 0..6 before Start, pruning before day 2: days 3..6 (4 entries) are older.
        for (var day = 0; day < 7; day++)
        {
            await _history.AddAsync(Entry("desk", Start.AddDays(-day)));
        }

        var first = await _history.PruneAsync(Start.AddDays(-2.5), batchSize: 3);
        var second = await _history.PruneAsync(Start.AddDays(-2.5), batchSize: 3);
        var third = await _history.PruneAsync(Start.AddDays(-2.5), batchSize: 3);

        Assert.Equal([3, 1, 0], new[] { first, second, third });
        Assert.Equal(3, _history.Newest("desk", 100).Count);
    }

    [Fact]
    public async Task DeleteCollectorAsync_TwoCollectors_RemovesOnlyThatCollectorsRuns()
    {
        await _history.AddAsync(Entry("desk", Start));
        await _history.AddAsync(Entry("lobby", Start));

        await _history.DeleteCollectorAsync("desk");

        Assert.Empty(_history.Newest("desk", 10));
        Assert.Single(_history.Newest("lobby", 10));
    }

    private static RunHistoryEntry Entry(string collectorId, DateTimeOffset started) =>
        new() { CollectorId = collectorId, StartedUtcTicks = started.UtcTicks, Outcome = RunOutcome.Succeeded };
}
