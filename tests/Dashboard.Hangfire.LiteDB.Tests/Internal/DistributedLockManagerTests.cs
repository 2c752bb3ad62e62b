using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Locking;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Storage;
using Xunit;

namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

public sealed class DistributedLockManagerTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMilliseconds(500);

    private readonly ScratchDatabase _scratch = new();
    private StorageDatabase? _database;
    private SingleWriter? _writer;
    private DistributedLockManager? _locks;

    [Fact]
    public void Acquire_SameOwnerTwice_ReentersAndHoldsUntilLastRelease()
    {
        var locks = Open();
        var owner = new object();
        var other = new object();

        var outer = locks.Acquire("r", owner, "owner", TimeSpan.FromSeconds(1), stored: true);
        var inner = locks.Acquire("r", owner, "owner", TimeSpan.FromSeconds(1), stored: true);
        inner.Dispose();

        Assert.Throws<DistributedLockTimeoutException>(() => locks.Acquire("r", other, "other", TimeSpan.FromMilliseconds(100), stored: true));
        outer.Dispose();
        locks.Acquire("r", other, "other", TimeSpan.FromSeconds(1), stored: true).Dispose();
    }

    [Fact]
    public void Acquire_HeldPastRenewalTick_StoredDocumentWithOwnerAndExpiry()
    {
        var locks = Open();
        using var held = locks.Acquire("resource", new object(), "owner-1", TimeSpan.FromSeconds(1), stored: true);

        var document = WaitForDocument("resource");

        Assert.Equal("owner-1", document.Owner);
        Assert.True(document.ExpireAt > DateTime.UtcNow.Ticks);
    }

    [Fact]
    public void Acquire_LockLeftByCrashedProcess_WaitsForItsExpiry()
    {
        var database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);
        var expireAt = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        database.Locks.Insert(new LockDocument { Id = "resource", Owner = "dead", ExpireAt = expireAt.Ticks });
        database.Dispose();
        var locks = Open();
        Assert.Equal(1, _database!.Locks.Count());

        Assert.Throws<DistributedLockTimeoutException>(() => locks.Acquire("resource", new object(), "me", TimeSpan.FromMilliseconds(100), stored: true));
        using var acquired = locks.Acquire("resource", new object(), "me", TimeSpan.FromSeconds(30), stored: true);

        Assert.True(DateTime.UtcNow >= expireAt);
    }

    public void Dispose()
    {
        _locks?.Dispose();
        _writer?.Dispose();
        _database?.Dispose();
        _scratch.Dispose();
    }

    private DistributedLockManager Open()
    {
        _database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);
        _writer = new SingleWriter(_database, new LiteDbStorageOptions());
        _locks = new DistributedLockManager(_database, _writer, Lifetime);
        return _locks;
    }

    private LockDocument WaitForDocument(string resource)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (_database!.Locks.FindById(resource) is { } document)
            {
                return document;
            }

            Assert.True(DateTime.UtcNow < deadline, "The lock was not recorded in time.");
            Thread.Yield();
        }
    }
}
