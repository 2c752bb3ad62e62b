using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Metrics;

public sealed class LegacySampleConverterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LogCapture _log = new();
    private readonly FakeTimeProvider _time = new(LegacyDataFolder.Start.AddDays(60));
    private DashboardDatabase _database;

    public LegacySampleConverterTests() => _database = new DashboardDatabase(_folder.File("dashboard.db"));

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ConvertAsync_OldDataFolder_EverySampleReadsBackAndTheOldCollectionIsGone()
    {
        // 3 series x 4,000 = 12,000 samples: batches of 5,000, 5,000 and 2,000. Written 60 days before "now", past raw
        // retention: a conversion still keeps them all (pruning, not the upgrade, decides what goes).
        var samples = LegacyDataFolder.Samples(4_000);
        await LegacyDataFolder.WriteAsync(_database, samples);

        var converted = await Converter(out var store).ConvertAsync(CancellationToken.None);

        Assert.Equal(12_000, converted);
        AssertAllThere(store, samples);
        Assert.False(_database.CollectionExists(CollectionNames.LegacySamples));
        Assert.Contains(_log.Entries, entry => entry.Message == "Converted 10000 of 12000 samples");
    }

    [Fact]
    public async Task ConvertAsync_StoppedAfterTheFirstBatchAndReopened_ResumesWithEverySampleThereOnce()
    {
        var samples = LegacyDataFolder.Samples(4_000);
        await LegacyDataFolder.WriteAsync(_database, samples);
        using var stop = new CancellationTokenSource();
        var first = Converter(out _);
        first.BatchConverted += _ => stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.ConvertAsync(stop.Token));
        _database.Dispose();
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        var rest = await Converter(out var store).ConvertAsync(CancellationToken.None);

        // The first run committed one batch of 5,000; the second converts the other 7,000.
        Assert.Equal(7_000, rest);
        AssertAllThere(store, samples);
    }

    [Fact]
    public async Task ConvertAsync_NoOldData_DoesNothing()
    {
        Assert.Equal(0, await Converter(out _).ConvertAsync(CancellationToken.None));
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public async Task ConvertLegacyLastValuesAsync_OneDocumentPerSeries_MovedIntoOnePerCollectorAndTheOldCollectionDropped()
    {
        var samples = LegacyDataFolder.Samples(10);
        await LegacyDataFolder.WriteLastValuesAsync(_database, samples);
        Converter(out var store);
        var before = store.GetLastValues().OrderBy(value => value.Id).Select(Describe).ToList();

        await store.ConvertLegacyLastValuesAsync(CancellationToken.None);

        Assert.False(_database.CollectionExists(CollectionNames.LastValues));
        _database.Dispose();
        _database = new DashboardDatabase(_folder.File("dashboard.db"));
        Converter(out var reopened);
        // Three series, each read back from its collector's document exactly as the old per-series documents had it.
        Assert.Equal(3, before.Count);
        Assert.Equal(before, reopened.GetLastValues().OrderBy(value => value.Id).Select(Describe));
    }

    private static string Describe(LastValue value) => System.Text.Json.JsonSerializer.Serialize(value);

    private LegacySampleConverter Converter(out LiteDbMetricStore store)
    {
        store = new LiteDbMetricStore(_database, Options.Create(new MetricRetentionOptions()), _time);
        return new LegacySampleConverter(_database, store, new LoggerFactory([_log]).CreateLogger<LegacySampleConverter>());
    }

    private static void AssertAllThere(IMetricStore store, List<QualifiedSample> samples)
    {
        foreach (var series in samples.GroupBy(sample => sample.SeriesKey))
        {
            var expected = series.Select(sample => new SamplePoint(sample.Timestamp, sample.Value, sample.State, sample.Basis));
            Assert.Equal(expected, store.GetSamples(series.Key, DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
            Assert.Equal(series.Last().Timestamp.UtcTicks, store.GetLastValue(series.Key)!.UtcTicks);
        }
    }
}
