using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Writing;

namespace Dashboard.Hangfire.LiteDB.Internal.Locking;

/// <summary>Writes to stored lock documents.</summary>
internal static class LockWrites
{
    /// <summary>Takes the lock if it is free, expired (its holder crashed) or already ours.</summary>
    public static bool TryTake(WriteContext context, string resource, string ownerId, TimeSpan lifetime)
    {
        var existing = context.Database.Locks.FindById(resource);
        if (existing is not null && existing.Owner != ownerId && existing.ExpireAt > context.NowTicks)
        {
            return false;
        }

        context.Database.Locks.Upsert(new LockDocument { Id = resource, Owner = ownerId, ExpireAt = context.NowTicks + lifetime.Ticks });
        return true;
    }

    public static void Release(WriteContext context, string resource, string ownerId)
    {
        var existing = context.Database.Locks.FindById(resource);
        if (existing is not null && existing.Owner == ownerId)
        {
            context.Database.Locks.Delete(resource);
            context.LockReleased = true;
        }
    }

    public static void Renew(WriteContext context, IEnumerable<(string Resource, string OwnerId)> held, TimeSpan lifetime)
    {
        foreach (var (resource, ownerId) in held)
        {
            var existing = context.Database.Locks.FindById(resource);
            if (existing is not null && existing.Owner == ownerId)
            {
                existing.ExpireAt = context.NowTicks + lifetime.Ticks;
                context.Database.Locks.Update(existing);
            }
        }
    }

    public static int DeleteExpired(WriteContext context, int limit) =>
        SetWrites.DeleteExpiredById(context.Database.Locks, context.NowTicks, limit, item => item.Id);
}
