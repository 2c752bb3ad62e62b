using Dashboard.Host.Storage;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Collectors and their last run in LiteDB; writes go through the database's single writer, secret settings are sealed
/// on the way in, and a stored or deleted collector is announced on <see cref="CollectorChangeFeed"/>.
/// </summary>
public sealed class CollectorRepository(DashboardDatabase database, CollectorChangeFeed changes, CollectorSecrets secrets)
{
    public IReadOnlyList<Collector> GetAll() =>
        database.Collection<Collector>(CollectionNames.Collectors).FindAll().OrderBy(collector => collector.Id, StringComparer.Ordinal).ToList();

    public Collector? Find(string id) => database.Collection<Collector>(CollectionNames.Collectors).FindById(id);

    public CollectorRun? FindRun(string id) => database.Collection<CollectorRun>(CollectionNames.CollectorRuns).FindById(id);

    public IReadOnlyDictionary<string, CollectorRun> GetRuns() =>
        database.Collection<CollectorRun>(CollectionNames.CollectorRuns).FindAll().ToDictionary(run => run.Id);

    /// <summary>Inserts, sealing the secret settings; false when the id is taken.</summary>
    public async Task<bool> TryInsertAsync(Collector collector, CancellationToken cancellationToken = default)
    {
        var inserted = await database.WriteAsync(db =>
        {
            var collectors = db.GetCollection<Collector>(CollectionNames.Collectors);
            if (collectors.FindById(collector.Id) is not null)
            {
                return false;
            }

            secrets.Seal(collector, stored: null);
            collectors.Insert(collector);
            return true;
        }, cancellationToken);
        if (inserted)
        {
            await changes.PublishAsync(new CollectorChange(collector.Id, CollectorChangeKind.Created, collector));
        }

        return inserted;
    }

    /// <summary>Replaces, sealing the secret settings (a masked value keeps the stored secret); false when there is no such collector.</summary>
    public async Task<bool> TryUpdateAsync(Collector collector, CancellationToken cancellationToken = default)
    {
        var updated = await database.WriteAsync(db =>
        {
            var collectors = db.GetCollection<Collector>(CollectionNames.Collectors);
            secrets.Seal(collector, collectors.FindById(collector.Id));
            return collectors.Update(collector);
        }, cancellationToken);
        if (updated)
        {
            await changes.PublishAsync(new CollectorChange(collector.Id, CollectorChangeKind.Changed, collector));
        }

        return updated;
    }

    /// <summary>Deletes the collector and its run record; its samples stay, as history.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await database.WriteAsync(db =>
        {
            db.GetCollection<CollectorRun>(CollectionNames.CollectorRuns).Delete(id);
            return db.GetCollection<Collector>(CollectionNames.Collectors).Delete(id);
        }, cancellationToken);
        if (deleted)
        {
            await changes.PublishAsync(new CollectorChange(id, CollectorChangeKind.Deleted, null));
        }

        return deleted;
    }

    /// <summary>
    /// Changes the collector's run document inside one write, so the job and the figure refresher never overwrite each
    /// other's fields; returns the error the wall showed before and shows after.
    /// </summary>
    public Task<(string? Before, string? After)> UpdateRunAsync(string id, Action<CollectorRun> change, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            var runs = db.GetCollection<CollectorRun>(CollectionNames.CollectorRuns);
            var run = runs.FindById(id) ?? new CollectorRun { Id = id };
            var before = run.ShownError();
            change(run);
            runs.Upsert(run);
            return (before, run.ShownError());
        }, cancellationToken);
}
