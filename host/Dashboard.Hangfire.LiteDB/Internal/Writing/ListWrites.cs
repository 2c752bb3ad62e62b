using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Writes to lists. Index 0 is the newest element, as in Redis' LPUSH which Hangfire's list API follows.</summary>
internal static class ListWrites
{
    public static void Insert(WriteContext context, string key, string value) =>
        context.Database.Lists.Insert(new ListItemDocument { Key = key, Value = value });

    public static void Remove(WriteContext context, string key, string value) =>
        context.Database.Lists.DeleteMany(Filters.EqBoth(nameof(ListItemDocument.Key), key, nameof(ListItemDocument.Value), value));

    public static void Trim(WriteContext context, string key, int keepStartingFrom, int keepEndingAt)
    {
        var newestFirst = context.Database.Lists.Find(Filters.Eq(nameof(ListItemDocument.Key), key))
            .OrderByDescending(item => item.Id)
            .ToList();
        for (var index = 0; index < newestFirst.Count; index++)
        {
            if (index < keepStartingFrom || index > keepEndingAt)
            {
                context.Database.Lists.Delete(newestFirst[index].Id);
            }
        }
    }

    public static void SetExpiration(WriteContext context, string key, long? expireAt) =>
        ExpiryWrites.SetForKey(context.Database.Lists, key, expireAt);

    public static int DeleteExpired(WriteContext context, int limit) =>
        ExpiryWrites.DeleteExpiredById(context.Database.Lists, context.NowTicks, limit, item => item.Id);
}
