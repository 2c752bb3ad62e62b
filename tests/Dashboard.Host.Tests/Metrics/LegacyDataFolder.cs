using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Sdk;

namespace Dashboard.Host.Tests.Metrics;

/// <summary>
/// Writes samples as the version before buckets did: one <see cref="StoredSample"/> document per sample (id series
/// plus ticks) and a last value per series, in the same collections and the same document shape; or the last values
/// alone, as the version with buckets still kept them.
/// </summary>
public static class LegacyDataFolder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Three series (one per figure kind, the breakdowns carrying a window) with <paramref name="perSeries"/> samples 30 s apart.</summary>
    public static List<QualifiedSample> Samples(int perSeries)
    {
        var samples = new List<QualifiedSample>();
        Dictionary<string, string>[] dimensions = [[], new() { ["window"] = "today", ["servicePoint"] = "Library" }, new() { ["window"] = "60m" }];
        for (var series = 0; series < dimensions.Length; series++)
        {
            for (var step = 0; step < perSeries; step++)
            {
                var state = step % 97 == 5 ? FigureState.Closed : step % 89 == 3 ? FigureState.TooFewData : FigureState.Value;
                samples.Add(new QualifiedSample("queues", "queues.wait", Start.AddSeconds(30 * step), state == FigureState.Value ? step * 0.01 + series : null, dimensions[series])
                {
                    State = state,
                    Basis = step % 3 == 0 ? step : null,
                });
            }
        }

        return samples;
    }

    public static Task WriteAsync(DashboardDatabase database, IReadOnlyList<QualifiedSample> samples) =>
        database.WriteAsync(db =>
        {
            db.GetCollection<StoredSample>(CollectionNames.LegacySamples).Upsert(samples.Select(StoredSample.From));
            WriteLastValues(db, samples);
        });

    /// <summary>Last values alone, one document per series, as every version before per-collector documents wrote them.</summary>
    public static Task WriteLastValuesAsync(DashboardDatabase database, IReadOnlyList<QualifiedSample> samples) =>
        database.WriteAsync(db => WriteLastValues(db, samples));

    private static void WriteLastValues(LiteDB.ILiteDatabase db, IReadOnlyList<QualifiedSample> samples) =>
        db.GetCollection<LastValue>(CollectionNames.LastValues).Upsert(samples.GroupBy(sample => sample.SeriesKey).Select(series => LastValue.From(series.MaxBy(sample => sample.Timestamp)!)));
}
