using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Expiry writes shared by every collection that has an <c>ExpireAt</c>.</summary>
internal static class ExpiryWrites
{
    /// <summary>Gives every item of one key the same expiry (null: never expires).</summary>
    public static void SetForKey<TDocument>(ILiteCollection<TDocument> collection, string key, long? expireAt)
        where TDocument : IKeyedExpiringDocument
    {
        var items = collection.Find(Filters.Eq(nameof(IKeyedExpiringDocument.Key), key)).ToList();
        foreach (var item in items)
        {
            item.ExpireAt = expireAt;
        }

        collection.Update(items);
    }

    /// <summary>Deletes at most <paramref name="limit"/> documents whose expiry has passed; returns how many.</summary>
    public static int DeleteExpiredById<TDocument, TId>(ILiteCollection<TDocument> collection, long nowTicks, int limit, Func<TDocument, TId> idOf)
    {
        var expired = collection.Find(Filters.Between("ExpireAt", 0L, nowTicks), 0, limit).Select(idOf).ToList();
        foreach (var id in expired)
        {
            collection.Delete(new BsonValue(id));
        }

        return expired.Count;
    }
}
