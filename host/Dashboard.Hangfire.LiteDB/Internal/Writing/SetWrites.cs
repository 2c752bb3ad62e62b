using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Writes to sorted sets.</summary>
internal static class SetWrites
{
    public static void Add(WriteContext context, string key, string value, double score)
    {
        var id = StorageKeys.Compose(key, value);
        var existing = context.Database.Sets.FindById(id);
        var item = existing ?? new SetItemDocument { Id = id, Key = key, Value = value };
        item.Score = score;
        item.ScoreSlot = StorageKeys.ScoreSlot(key, score, value);
        if (existing is null)
        {
            context.Database.Sets.Insert(item);
        }
        else
        {
            context.Database.Sets.Update(item);
        }
    }

    public static void Remove(WriteContext context, string key, string value) =>
        context.Database.Sets.Delete(StorageKeys.Compose(key, value));

    public static void RemoveSet(WriteContext context, string key) =>
        context.Database.Sets.DeleteMany(Filters.Eq(nameof(SetItemDocument.Key), key));

    public static void SetExpiration(WriteContext context, string key, long? expireAt) =>
        ExpiryWrites.SetForKey(context.Database.Sets, key, expireAt);

    public static int DeleteExpired(WriteContext context, int limit) =>
        ExpiryWrites.DeleteExpiredById(context.Database.Sets, context.NowTicks, limit, item => item.Id);
}
