using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>
/// Counters are updated in place. SQL storages insert one row per increment and aggregate later to avoid write
/// contention; with one writer there is no contention, and an in-place update is one document either way.
/// </summary>
internal static class CounterWrites
{
    public static void Add(WriteContext context, string key, long delta, TimeSpan? expireIn) =>
        context.AddToCounter(key, delta, expireIn is { } ttl ? context.NowTicks + ttl.Ticks : null);

    /// <summary>Applies a group's summed change to one counter.</summary>
    public static void Apply(WriteContext context, string key, long delta, long? expireAt)
    {
        var counter = context.Database.Counters.FindById(key);
        if (counter is null)
        {
            context.Database.Counters.Insert(new CounterDocument { Id = key, Value = delta, ExpireAt = expireAt });
            return;
        }

        counter.Value += delta;
        counter.ExpireAt = expireAt ?? counter.ExpireAt;
        context.Database.Counters.Update(counter);
    }

    public static int DeleteExpired(WriteContext context, int limit) =>
        ExpiryWrites.DeleteExpiredById(context.Database.Counters, context.NowTicks, limit, item => item.Id);
}
