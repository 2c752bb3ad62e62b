using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Writes to the server registry.</summary>
internal static class ServerWrites
{
    public static void Announce(WriteContext context, string serverId, int workerCount, string[] queues) =>
        context.Database.Servers.Upsert(new ServerDocument
        {
            Id = serverId,
            WorkerCount = workerCount,
            Queues = queues,
            StartedAt = context.NowTicks,
            Heartbeat = context.NowTicks,
        });

    public static void Remove(WriteContext context, string serverId) => context.Database.Servers.Delete(serverId);

    /// <summary>Returns false when the server is unknown (it was removed as timed out), so the caller can stop it.</summary>
    public static bool Heartbeat(WriteContext context, string serverId)
    {
        var server = context.Database.Servers.FindById(serverId);
        if (server is null)
        {
            return false;
        }

        server.Heartbeat = context.NowTicks;
        context.Database.Servers.Update(server);
        return true;
    }

    public static int RemoveTimedOut(WriteContext context, TimeSpan timeOut) =>
        context.Database.Servers.DeleteMany(Filters.Lt(nameof(ServerDocument.Heartbeat), context.NowTicks - timeOut.Ticks));
}
