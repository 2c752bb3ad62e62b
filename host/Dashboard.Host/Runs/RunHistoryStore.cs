using Dashboard.Host.Storage;

namespace Dashboard.Host.Runs;

/// <summary>The run history in LiteDB: written by the collect job (runs and skips), read newest first, pruned by age.</summary>
public sealed class RunHistoryStore(DashboardDatabase database)
{
    public const int MaxLimit = 500;

    public Task AddAsync(RunHistoryEntry entry, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db => db.GetCollection<RunHistoryEntry>(CollectionNames.RunHistory).Insert(entry), cancellationToken);

    /// <summary>The collector's newest <paramref name="limit"/> runs, newest first.</summary>
    public IReadOnlyList<RunHistoryEntry> Newest(string collectorId, int limit) =>
        database.Collection<RunHistoryEntry>(CollectionNames.RunHistory).Query()
            .Where(entry => entry.CollectorId == collectorId)
            .OrderByDescending(entry => entry.StartedUtcTicks)
            .Limit(Math.Clamp(limit, 1, MaxLimit))
            .ToList();

    /// <summary>Deletes up to <paramref name="batchSize"/> entries that started before <paramref name="before"/>; returns how many.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var history = db.GetCollection<RunHistoryEntry>(CollectionNames.RunHistory);
            var ticks = before.UtcTicks;
            var old = history.Query().Where(entry => entry.StartedUtcTicks < ticks).Select(entry => entry.Id).Limit(batchSize).ToList();
            foreach (var id in old)
            {
                history.Delete(id);
            }

            return old.Count;
        }, cancellationToken);

    public Task DeleteCollectorAsync(string collectorId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db => db.GetCollection<RunHistoryEntry>(CollectionNames.RunHistory).DeleteMany(entry => entry.CollectorId == collectorId), cancellationToken);
}
