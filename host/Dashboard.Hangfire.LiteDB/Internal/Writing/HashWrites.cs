using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Writes to hashes.</summary>
internal static class HashWrites
{
    public static void SetRange(WriteContext context, string key, IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (field, value) in fields)
        {
            var id = StorageKeys.Compose(key, field);
            var item = context.Database.Hashes.FindById(id) ?? new HashFieldDocument { Id = id, Key = key, Field = field };
            item.Value = value;
            context.Database.Hashes.Upsert(item);
        }
    }

    public static void Remove(WriteContext context, string key) =>
        context.Database.Hashes.DeleteMany(Filters.Eq(nameof(HashFieldDocument.Key), key));

    public static void SetExpiration(WriteContext context, string key, long? expireAt) =>
        ExpiryWrites.SetForKey(context.Database.Hashes, key, expireAt);

    public static int DeleteExpired(WriteContext context, int limit) =>
        ExpiryWrites.DeleteExpiredById(context.Database.Hashes, context.NowTicks, limit, item => item.Id);
}
