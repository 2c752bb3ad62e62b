using Dashboard.Host.Storage;
using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Records;

/// <summary>
/// Records on the host's LiteDB file. One write is one transaction through the database's single writer: the records a
/// batch touches are read by id, merged with <see cref="RecordState"/>, and written back with the checkpoint.
/// </summary>
public sealed class LiteDbRecordStore(DashboardDatabase database) : IRecordStore
{
    private const string CheckpointKey = "checkpoint";

    public Task<RecordWriteResult> ApplyAsync(string collectorId, IReadOnlyList<RecordUpdate> updates, string? checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectorId);
        ArgumentNullException.ThrowIfNull(updates);
        ThrowOnBrokenRules(updates);
        return database.WriteAsync(db =>
        {
            var result = updates.Count == 0 ? new RecordWriteResult(0, 0, 0) : Merge(db.GetCollection(CollectionNames.Records), collectorId, updates);
            if (checkpoint is not null)
            {
                db.GetCollection(CollectionNames.RecordCheckpoints).Upsert(new BsonDocument { ["_id"] = collectorId, [CheckpointKey] = checkpoint });
            }

            return result;
        }, cancellationToken);
    }

    public string? GetCheckpoint(string collectorId) =>
        database.Collection<BsonDocument>(CollectionNames.RecordCheckpoints).FindById(collectorId)?[CheckpointKey].AsString;

    public IReadOnlyList<SourceRecord> ReadOverlapping(string collectorId, DateTimeOffset from, DateTimeOffset to)
    {
        // Every record that overlaps has ended at or after 'from' or is open and started before 'to' (open ones sort
        // after all others, by start), so one range of the place index finds them all; for a window ending now that is
        // the window's records plus the open ones.
        var prefix = RecordKeys.CollectorPrefix(collectorId);
        var endedSinceFromOrOpenBeforeTo = Query.Between(RecordDocument.PlaceKey, RecordKeys.ClosedKey(prefix, from.UtcTicks), RecordKeys.OpenKey(prefix, to.UtcTicks - 1));
        return database.Collection<BsonDocument>(CollectionNames.Records).Find(endedSinceFromOrOpenBeforeTo)
            .Select(document => RecordDocument.ToState(prefix, document).ToRecord())
            .Where(record => RecordRules.Overlaps(record, from, to))
            .ToList();
    }

    public Task<int> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        return database.WriteAsync(db =>
        {
            var records = db.GetCollection(CollectionNames.Records);
            var expired = new List<BsonValue>();
            var lastTick = before.UtcTicks - 1;
            for (var prefix = FirstPrefixFrom(records, ""); prefix is not null && expired.Count < batchSize; prefix = FirstPrefixFrom(records, RecordKeys.AfterPrefix(prefix)))
            {
                // Per collector two ranges: closed before the cut (by end; by latest update when it has neither time),
                // and open since before it.
                expired.AddRange(IdsIn(records, prefix, RecordKeys.ClosedKey(prefix, lastTick), batchSize - expired.Count));
                expired.AddRange(IdsIn(records, RecordKeys.FirstOpenKey(prefix), RecordKeys.OpenKey(prefix, lastTick), batchSize - expired.Count));
            }

            foreach (var id in expired)
            {
                records.Delete(id);
            }

            return expired.Count;
        }, cancellationToken);
    }

    public Task DeleteCollectorAsync(string collectorId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(db =>
        {
            db.GetCollection(CollectionNames.Records).DeleteMany(Query.StartsWith("_id", RecordKeys.CollectorPrefix(collectorId)));
            db.GetCollection(CollectionNames.RecordCheckpoints).Delete(collectorId);
        }, cancellationToken);

    // The collector prefix of the first place key at or after 'key': walking the index collector by collector finds
    // every collector that has records, deleted or not, without a list of collectors to trust.
    private static string? FirstPrefixFrom(ILiteCollection<BsonDocument> records, string key) =>
        records.Find(Query.GTE(RecordDocument.PlaceKey, key), limit: 1).FirstOrDefault() is { } first
            ? RecordKeys.PrefixOf(first[RecordDocument.PlaceKey].AsString)
            : null;

    // Ordinal, as the database compares strings (see DashboardDatabase), so that it agrees with the comparison above.
    private static string? LargestId(ILiteCollection<BsonDocument> records, string prefix) =>
        records.Query().Where(Query.Between("_id", prefix, RecordKeys.AfterPrefix(prefix))).OrderByDescending("_id").Limit(1).FirstOrDefault()?["_id"].AsString;

    private static IEnumerable<BsonValue> IdsIn(ILiteCollection<BsonDocument> records, string firstKey, string lastKey, int limit) =>
        limit <= 0 ? [] : records.Find(Query.Between(RecordDocument.PlaceKey, firstKey, lastKey), limit: limit).Select(document => document["_id"]).ToList();

    private static void ThrowOnBrokenRules(IReadOnlyList<RecordUpdate> updates)
    {
        for (var index = 0; index < updates.Count; index++)
        {
            var problems = RecordRules.CheckUpdate(updates[index]);
            if (problems.Count > 0)
            {
                throw new ArgumentException($"Update {index} breaks the record rules: {string.Join(" ", problems)}", nameof(updates));
            }
        }
    }

    private static RecordWriteResult Merge(ILiteCollection<BsonDocument> records, string collectorId, IReadOnlyList<RecordUpdate> updates)
    {
        // One FindById per distinct record that may be stored (in LiteDB 5.0.20 a query 'IN' 1,000 ids took 150-200 ms
        // where 1,000 lookups by id took 35 ms). An id after the collector's largest stored one cannot be: where sources
        // number their calls and tickets upwards, a push of new events needs no lookup at all.
        var prefix = RecordKeys.CollectorPrefix(collectorId);
        var largestStored = LargestId(records, prefix);
        var states = new Dictionary<string, RecordState>(StringComparer.Ordinal);
        var latestAsOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var recordId in updates.Select(update => update.RecordId).Distinct(StringComparer.Ordinal))
        {
            var id = prefix + recordId;
            if (largestStored is not null && StringComparer.Ordinal.Compare(id, largestStored) <= 0 && records.FindById(id) is { } stored)
            {
                states.Add(recordId, RecordDocument.ToState(prefix, stored));
                latestAsOf.Add(recordId, RecordDocument.LatestAsOfTicks(stored));
            }
        }

        var created = new HashSet<string>(StringComparer.Ordinal);
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var (newCount, updatedCount, duplicateCount) = (0, 0, 0);
        foreach (var update in updates)
        {
            var asOf = update.AsOf.UtcTicks;
            if (!states.TryGetValue(update.RecordId, out var state))
            {
                state = new RecordState(update.RecordId);
                states.Add(update.RecordId, state);
                latestAsOf.Add(update.RecordId, asOf);
                created.Add(update.RecordId);
                state.Apply(update);
                newCount++;
                continue;
            }

            // An update that changes no value can still carry a later AsOf, which must be stored: it decides against
            // an older event that arrives afterwards.
            var newerAsOf = asOf > latestAsOf[update.RecordId] || update.Fields.Keys.Any(name => !state.Fields.TryGetValue(name, out var current) || current.AsOf.UtcTicks < asOf);
            if (state.Apply(update))
            {
                updatedCount++;
                dirty.Add(update.RecordId);
            }
            else
            {
                duplicateCount++;
                if (newerAsOf)
                {
                    dirty.Add(update.RecordId);
                }
            }

            latestAsOf[update.RecordId] = Math.Max(latestAsOf[update.RecordId], asOf);
        }

        BsonDocument Document(string id) => RecordDocument.ToDocument(prefix, states[id], latestAsOf[id]);
        records.InsertBulk(created.Select(Document));
        records.Update(dirty.Where(id => !created.Contains(id)).Select(Document));
        return new RecordWriteResult(newCount, updatedCount, duplicateCount);
    }
}
