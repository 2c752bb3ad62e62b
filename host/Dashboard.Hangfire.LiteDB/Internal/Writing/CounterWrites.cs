using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>
/// Counters are updated in place. SQL storages insert one row per increment and aggregate later to avoid write
/// contention; with one writer there is no contention, and an in-place update is one document either way.
/// </summary>
internal static class CounterWrites
{
    public static void Add(WriteContext context, string key, long delta, TimeSpan? expireIn)
    {
        var counter = context.Database.Counters.FindById(key);
        var isNew = counter is null;
        counter ??= new CounterDocument { Id = key };
        counter.Value += delta;
        if (expireIn is { } ttl)
        {
            counter.ExpireAt = context.NowTicks + ttl.Ticks;
        }

        if (isNew)
        {
            context.Database.Counters.Insert(counter);
        }
        else
        {
            context.Database.Counters.Update(counter);
        }
    }

    public static int DeleteExpired(WriteContext context, int limit) =>
        SetWrites.DeleteExpiredById(context.Database.Counters, context.NowTicks, limit, item => item.Id);
}
