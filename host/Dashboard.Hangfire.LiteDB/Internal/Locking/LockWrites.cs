using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Writing;

namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>Writes to stored lock documents.</summary>
internal static class LockWrites
{
    public static void Release(WriteContext context, string resource, string ownerId)
    {
        var existing = context.Database.Locks.FindById(resource);
        if (existing is not null && existing.Owner == ownerId)
        {
            context.Database.Locks.Delete(resource);
        }
    }

    /// <summary>Records (or renews) locks the in-process table has granted.</summary>
    public static void Renew(WriteContext context, IEnumerable<(string Resource, string OwnerId)> held, TimeSpan lifetime)
    {
        foreach (var (resource, ownerId) in held)
        {
            context.Database.Locks.Upsert(new LockDocument { Id = resource, Owner = ownerId, ExpireAt = context.NowTicks + lifetime.Ticks });
        }
    }

    public static int DeleteExpired(WriteContext context, int limit) =>
        ExpiryWrites.DeleteExpiredById(context.Database.Locks, context.NowTicks, limit, item => item.Id);
}
