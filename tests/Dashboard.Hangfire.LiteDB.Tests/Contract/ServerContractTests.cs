using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.Server;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Servers: announced, kept alive by heartbeats, removed explicitly or when their heartbeat is too old.</summary>
public abstract class ServerContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void AnnounceServer_WithContext_ListedWithWorkersAndQueues()
    {
        var before = DateTime.UtcNow.AddSeconds(-5);

        Connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 4, Queues = ["critical", "default"] });

        var server = Assert.Single(Storage.GetMonitoringApi().Servers());
        Assert.Equal("server-1", server.Name);
        Assert.Equal(4, server.WorkersCount);
        Assert.Equal(["critical", "default"], server.Queues);
        Assert.InRange(server.StartedAt, before, DateTime.UtcNow.AddSeconds(5));
        Assert.NotNull(server.Heartbeat);
    }

    [Fact]
    public void Heartbeat_KnownServer_MovesHeartbeatForward()
    {
        Connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 1, Queues = ["default"] });
        var first = Assert.Single(Storage.GetMonitoringApi().Servers()).Heartbeat!.Value;
        WaitUntilStorageClockPasses(first.AddMilliseconds(50));

        Connection.Heartbeat("server-1");

        Assert.True(Assert.Single(Storage.GetMonitoringApi().Servers()).Heartbeat > first);
    }

    [Fact]
    public void Heartbeat_UnknownServer_ThrowsBackgroundServerGone()
    {
        Assert.Throws<BackgroundServerGoneException>(() => Connection.Heartbeat("never-announced"));
    }

    [Fact]
    public void Heartbeat_RemovedServer_ThrowsBackgroundServerGone()
    {
        Connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 1, Queues = ["default"] });
        Connection.RemoveServer("server-1");

        Assert.Empty(Storage.GetMonitoringApi().Servers());
        Assert.Throws<BackgroundServerGoneException>(() => Connection.Heartbeat("server-1"));
    }

    [Fact]
    public void RemoveTimedOutServers_HeartbeatOlderThanTimeout_RemovesOnlyThose()
    {
        Connection.AnnounceServer("stale", new ServerContext { WorkerCount = 1, Queues = ["default"] });
        var staleHeartbeat = Assert.Single(Storage.GetMonitoringApi().Servers()).Heartbeat!.Value;
        WaitUntilStorageClockPasses(staleHeartbeat.AddMilliseconds(3000));
        Connection.AnnounceServer("fresh", new ServerContext { WorkerCount = 1, Queues = ["default"] });

        Assert.Equal(0, Connection.RemoveTimedOutServers(TimeSpan.FromHours(1)));
        var removed = Connection.RemoveTimedOutServers(TimeSpan.FromMilliseconds(1500));

        Assert.Equal(1, removed);
        Assert.Equal("fresh", Assert.Single(Storage.GetMonitoringApi().Servers()).Name);
    }

    [Fact]
    public void AnnounceServer_SameIdTwice_ListedOnce()
    {
        Connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 1, Queues = ["default"] });
        Connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 3, Queues = ["default"] });

        Assert.Equal("server-1", Assert.Single(Storage.GetMonitoringApi().Servers()).Name);
    }

    // Heartbeats are compared with the storage's clock; there is no event for time passing, so this polls it with a deadline.
    private void WaitUntilStorageClockPasses(DateTime instant) =>
        Assert.True(
            SpinWait.SpinUntil(() => ExtendedConnection.GetUtcDateTime() > instant, TimeSpan.FromSeconds(10)),
            "The storage clock did not advance.");
}
