using System.Collections.Concurrent;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// The last value of every series, read from memory and written through, one document per collector, inside the
/// batch's transaction: a collection run changes all of its collector's series at once, so one document write replaces
/// one per series. Data folders written before keep one document per series; those are read too until converted.
/// </summary>
public sealed class LastValueIndex(DashboardDatabase database)
{
    private const string ValuesField = "v";

    private readonly Lock _loading = new();
    private volatile Loaded? _loaded;

    public LastValue? Find(string seriesKey) => Values().BySeries.GetValueOrDefault(seriesKey);

    public IReadOnlyList<LastValue> All() => [.. Values().BySeries.Values];

    public IReadOnlyList<LastValue> OfMetric(string metricKey) => [.. Values().BySeries.Values.Where(value => value.MetricKey == metricKey)];

    /// <summary>
    /// In the writer's transaction: makes each candidate its series' last value unless a newer one is stored, writes the
    /// documents of the collectors that changed, and returns the candidates that became last values with what to
    /// <see cref="Publish"/> once the transaction has committed.
    /// </summary>
    public (List<QualifiedSample> Newest, LastValueChanges Changes) Write(ILiteDatabase db, IEnumerable<(string SeriesKey, QualifiedSample Sample)> candidates)
    {
        var loaded = Values();
        var newest = new List<QualifiedSample>();
        var changed = new Dictionary<string, Dictionary<string, LastValue>>(StringComparer.Ordinal);
        foreach (var (seriesKey, candidate) in candidates)
        {
            var value = LastValue.From(candidate, seriesKey);
            if (loaded.BySeries.TryGetValue(value.Id, out var stored) && stored.UtcTicks > value.UtcTicks)
            {
                continue;
            }

            if (!changed.TryGetValue(value.CollectorId, out var ofCollector))
            {
                changed[value.CollectorId] = ofCollector = new Dictionary<string, LastValue>(
                    loaded.ByCollector.GetValueOrDefault(value.CollectorId) ?? [], StringComparer.Ordinal);
            }

            ofCollector[value.Id] = value;
            newest.Add(candidate);
        }

        var documents = db.GetCollection(CollectionNames.CollectorLastValues);
        foreach (var (collectorId, values) in changed)
        {
            documents.Upsert(CollectorDocument(collectorId, values));
        }

        return (newest, new LastValueChanges(changed));
    }

    /// <summary>Makes written values visible to readers and the next writer; call after the commit, still as the single writer.</summary>
    public void Publish(LastValueChanges changes)
    {
        var loaded = Values();
        foreach (var (collectorId, values) in changes.ByCollector)
        {
            loaded.ByCollector[collectorId] = values;
            foreach (var value in values.Values)
            {
                loaded.BySeries[value.Id] = value;
            }
        }
    }

    /// <summary>Forgets what is in memory (a write was rolled back); the next use reads the file again.</summary>
    public void Invalidate() => _loaded = null;

    /// <summary>Moves the per-series documents of an older data folder into the per-collector ones, then drops them.</summary>
    public async Task ConvertLegacyAsync(CancellationToken cancellationToken)
    {
        if (!database.CollectionExists(CollectionNames.LastValues))
        {
            return;
        }

        await database.WriteAsync(
            db =>
            {
                var documents = db.GetCollection(CollectionNames.CollectorLastValues);
                foreach (var (collectorId, values) in Values().ByCollector)
                {
                    documents.Upsert(CollectorDocument(collectorId, values));
                }
            },
            cancellationToken);
        await database.DropCollectionAsync(CollectionNames.LastValues, cancellationToken);
    }

    private static BsonDocument CollectorDocument(string collectorId, Dictionary<string, LastValue> values) => new()
    {
        ["_id"] = collectorId,
        [ValuesField] = new BsonArray(values.Values.Select(value => value.ToDocument())),
    };

    private Loaded Values()
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        lock (_loading)
        {
            return _loaded ??= Load();
        }
    }

    private Loaded Load()
    {
        var loaded = new Loaded();
        foreach (var document in database.Collection<BsonDocument>(CollectionNames.CollectorLastValues).FindAll())
        {
            loaded.Add(document[ValuesField].AsArray.Select(item => LastValue.FromDocument(item.AsDocument)));
        }

        if (database.CollectionExists(CollectionNames.LastValues))
        {
            loaded.Add(database.Collection<LastValue>(CollectionNames.LastValues).FindAll());
        }

        return loaded;
    }

    private sealed class Loaded
    {
        public ConcurrentDictionary<string, LastValue> BySeries { get; } = new(StringComparer.Ordinal);

        /// <summary>Changed only by the single writer; each collector's dictionary is replaced whole, never changed.</summary>
        public ConcurrentDictionary<string, Dictionary<string, LastValue>> ByCollector { get; } = new(StringComparer.Ordinal);

        public void Add(IEnumerable<LastValue> values)
        {
            foreach (var value in values)
            {
                if (BySeries.TryGetValue(value.Id, out var known) && known.UtcTicks >= value.UtcTicks)
                {
                    continue;
                }

                BySeries[value.Id] = value;
                var ofCollector = ByCollector.GetOrAdd(value.CollectorId, _ => new Dictionary<string, LastValue>(StringComparer.Ordinal));
                ofCollector[value.Id] = value;
            }
        }
    }
}
