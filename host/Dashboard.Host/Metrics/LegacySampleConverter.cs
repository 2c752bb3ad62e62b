using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Converts a data folder written before buckets (one document per sample) in place. Each batch is stored in buckets
/// and deleted from the old collection in the same transaction, so a kill at any moment leaves every sample in exactly
/// one of the two and the next start simply goes on; the emptied collection is dropped at the end.
/// </summary>
public sealed class LegacySampleConverter(DashboardDatabase database, LiteDbMetricStore store, ILogger<LegacySampleConverter> logger)
{
    public const int BatchSize = 5_000;

    /// <summary>Raised after each committed batch with the number of samples converted so far in this run.</summary>
    public event Action<long>? BatchConverted;

    /// <summary>Converts what is left; returns how many samples this run converted.</summary>
    public async Task<long> ConvertAsync(CancellationToken cancellationToken)
    {
        if (!database.CollectionExists(CollectionNames.LegacySamples))
        {
            return 0;
        }

        var legacy = database.Collection<StoredSample>(CollectionNames.LegacySamples);
        var total = legacy.LongCount();
        logger.LogInformation("Converting {Total} samples to compressed buckets; this runs once and resumes if interrupted", total);
        long converted = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = legacy.Query().OrderBy("_id").Limit(BatchSize).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(sample => new BsonValue(sample.Id)).ToList();
            await store.StoreAsync(
                batch.Select(ToQualified).ToList(),
                db => ids.ForEach(id => db.GetCollection(CollectionNames.LegacySamples).Delete(id)),
                keepRawOfAnyAge: true,
                cancellationToken);
            converted += batch.Count;
            logger.LogInformation("Converted {Converted} of {Total} samples", converted, total);
            BatchConverted?.Invoke(converted);
        }

        await database.DropCollectionAsync(CollectionNames.LegacySamples, cancellationToken);
        logger.LogInformation("Conversion finished: {Converted} samples now in buckets", converted);
        return converted;
    }

    private static QualifiedSample ToQualified(StoredSample sample) => new(
        sample.CollectorId,
        sample.MetricKey,
        new DateTimeOffset(sample.UtcTicks, TimeSpan.Zero),
        sample.Value,
        sample.Dimensions)
    {
        State = sample.State,
        Basis = sample.Basis,
    };
}
