using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Distributed locks: exclusive across connections, re-entrant for the holder, freed on release.</summary>
public abstract class LockContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public async Task AcquireDistributedLock_HeldByAnotherConnection_ThrowsTimeoutAfterTimeout()
    {
        using var held = Connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        var other = OpenConnection();

        var started = Stopwatch.GetTimestamp();
        var attempt = new DedicatedThreadCall<IDisposable>("other", () => other.AcquireDistributedLock("resource", TimeSpan.FromMilliseconds(500)));

        await Assert.ThrowsAsync<DistributedLockTimeoutException>(() => attempt.Result.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(450));
    }

    [Fact]
    public async Task AcquireDistributedLock_SameConnectionTwice_ReentrantAndHeldUntilOuterRelease()
    {
        var other = OpenConnection();
        var outer = Connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        var inner = Connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));

        inner.Dispose();
        var whileOuterHeld = new DedicatedThreadCall<Exception?>("other", () => Record.Exception(() => other.AcquireDistributedLock("resource", TimeSpan.FromMilliseconds(200)).Dispose()));
        Assert.IsType<DistributedLockTimeoutException>(await whileOuterHeld.Result.WaitAsync(TimeSpan.FromSeconds(30)));

        outer.Dispose();
        using var afterRelease = other.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void AcquireDistributedLock_AfterRelease_OtherConnectionAcquiresImmediately()
    {
        Connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1)).Dispose();

        var started = Stopwatch.GetTimestamp();
        using var second = OpenConnection().AcquireDistributedLock("resource", TimeSpan.FromSeconds(5));

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AcquireDistributedLock_WaiterWhenHolderReleases_AcquiresBeforeItsTimeout()
    {
        var held = Connection.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        var other = OpenConnection();
        var waiter = new DedicatedThreadCall<IDisposable>("waiter", () => other.AcquireDistributedLock("resource", TimeSpan.FromSeconds(20))).WaitUntilBlocked();

        var releasedAt = Stopwatch.GetTimestamp();
        held.Dispose();
        using var acquired = await waiter.Result.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(Stopwatch.GetElapsedTime(releasedAt) < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task AcquireDistributedLock_DifferentResources_Independent()
    {
        using var first = Connection.AcquireDistributedLock("first", TimeSpan.FromSeconds(1));
        var other = OpenConnection();

        var second = new DedicatedThreadCall<IDisposable>("other", () => other.AcquireDistributedLock("second", TimeSpan.FromSeconds(1)));

        (await second.Result.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }
}
