using Dashboard.Host.Audit;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Audit;

/// <summary>The audit log on a real LiteDB file.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DashboardDatabase _database;

    public AuditLogTests() => _database = new DashboardDatabase(_folder.File("dashboard.db"));

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Newest_PagedWithBefore_GivesEveryEntryOnceNewestFirst()
    {
        var log = new AuditLog(_database);
        for (var change = 1; change <= 5; change++)
        {
            await log.RecordAsync(new AuditEntry { User = "ada", Method = "POST", Path = $"/api/collectors/c{change}/run" }, CancellationToken.None);
        }

        var first = log.Newest(2, before: null);
        var second = log.Newest(2, before: first[^1].Id);
        var third = log.Newest(2, before: second[^1].Id);

        Assert.Equal(["/api/collectors/c5/run", "/api/collectors/c4/run"], first.Select(entry => entry.Path));
        Assert.Equal(["/api/collectors/c3/run", "/api/collectors/c2/run"], second.Select(entry => entry.Path));
        Assert.Equal(["/api/collectors/c1/run"], third.Select(entry => entry.Path));
    }

    [Fact]
    public async Task RecordAsync_PastTheCap_DropsTheOldestAndKeepsTheNewest()
    {
        var log = new AuditLog(_database, maxEntries: 10);

        for (var change = 1; change <= 25; change++)
        {
            await log.RecordAsync(new AuditEntry { User = "ada", Method = "DELETE", Path = $"/api/users/u{change}" }, CancellationToken.None);
        }

        // Checked every tenth write: at the 20th, entries 1-10 went; 11-25 are left.
        var kept = log.Newest(100, before: null);
        Assert.Equal(Enumerable.Range(11, 15).Reverse().Select(change => $"/api/users/u{change}"), kept.Select(entry => entry.Path));
    }
}
