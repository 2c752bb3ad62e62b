using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Audit;

/// <summary>
/// The audit log in the host's LiteDB file: written once per change, read newest first; past <paramref name="maxEntries"/>
/// the oldest are dropped.
/// </summary>
public sealed class AuditLog(DashboardDatabase database, int maxEntries = AuditLog.MaxEntries)
{
    /// <summary>Entries kept by default: years of admin work, a few MB.</summary>
    public const int MaxEntries = 100_000;

    // Dropping the oldest is checked once in this many writes, not on every one.
    private readonly int _pruneEvery = Math.Min(1_000, maxEntries);

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(db =>
        {
            var entries = db.GetCollection<AuditEntry>(CollectionNames.Audit);
            var id = entries.Insert(entry).AsInt64;
            if (id % _pruneEvery == 0)
            {
                entries.DeleteMany(Query.LTE("_id", id - maxEntries));
            }

            return id;
        }, cancellationToken);

    /// <summary>The newest entries, at most <paramref name="limit"/>, older than the entry <paramref name="before"/> when given.</summary>
    public IReadOnlyList<AuditEntry> Newest(int limit, long? before)
    {
        var query = database.Collection<AuditEntry>(CollectionNames.Audit).Query();
        if (before is { } newestExcluded)
        {
            query = query.Where(entry => entry.Id < newestExcluded);
        }

        return query.OrderByDescending(entry => entry.Id).Limit(limit).ToList();
    }
}
