using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Metrics;

/// <summary>
/// The real host killed with SIGKILL in the middle of upgrading a data folder and in the middle of pruning: the file
/// opens, nothing is lost, and the work resumes where it stopped.
/// </summary>
public sealed class MetricStoreKillTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabaseFile => _folder.File("dashboard.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Upgrade_HostKilledAfterItsFirstBatch_EverySampleIsInExactlyOnePlaceAndResumingConvertsTheRest()
    {
        // 3 series x 20,000 = 60,000 samples: twelve batches of 5,000.
        var samples = LegacyDataFolder.Samples(20_000);
        using (var database = new DashboardDatabase(DatabaseFile))
        {
            await LegacyDataFolder.WriteAsync(database, samples);
        }

        await using (var host = HostChildProcess.Start(_folder.Path, KeepRawForever))
        {
            await host.WaitForLineAsync("Converted 5000 of 60000 samples");
            await host.KillAsync();
        }

        using var reopened = new DashboardDatabase(DatabaseFile);
        var store = new LiteDbMetricStore(reopened, Options.Create(new MetricRetentionOptions { RawDays = null, MinuteDays = null }), TimeProvider.System);
        var waiting = reopened.CollectionExists(CollectionNames.LegacySamples) ? reopened.Collection<StoredSample>(CollectionNames.LegacySamples).Count() : 0;
        var converted = samples.GroupBy(sample => sample.SeriesKey).Sum(series => store.GetSamples(series.Key, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count);
        Assert.Equal(samples.Count, converted + waiting);
        // Killed part way: at least the logged batch is converted, the last batch not yet.
        Assert.InRange(waiting, 1, samples.Count - 5_000);

        await new LegacySampleConverter(reopened, store, NullLogger<LegacySampleConverter>.Instance).ConvertAsync(CancellationToken.None);

        foreach (var series in samples.GroupBy(sample => sample.SeriesKey))
        {
            var expected = series.Select(sample => new SamplePoint(sample.Timestamp, sample.Value, sample.State, sample.Basis));
            Assert.Equal(expected, store.GetSamples(series.Key, DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        }
    }

    [Fact]
    public async Task Pruning_HostKilledPartWay_EveryHourHasAllOrNoneOfItsRawSamplesAndEveryRollupStays()
    {
        // 20 series of one sample a minute over 48 hours, 40 days ago: 960 raw hour buckets past the 30 days of raw
        // retention, which the host prunes one bucket per write.
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(-40).UtcTicks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour, TimeSpan.Zero);
        var samples = Enumerable.Range(0, 20)
            .SelectMany(series => Enumerable.Range(0, 48 * 60).Select(minute => new QualifiedSample(
                "kill", $"kill.s{series}", start.AddMinutes(minute), Math.Round(series + Math.Sin(minute / 30.0) * 10, 2), new Dictionary<string, string>())))
            .ToList();
        using (var database = new DashboardDatabase(DatabaseFile))
        {
            var writer = new LiteDbMetricStore(database, Options.Create(new MetricRetentionOptions()), new FakeTimeProvider(start.AddHours(48)));
            foreach (var batch in samples.Chunk(10_000))
            {
                await writer.StoreAsync(batch);
            }
        }

        await using (var host = HostChildProcess.Start(_folder.Path, new Dictionary<string, string>
        {
            ["Dashboard:MetricRetention:PruneBatchSize"] = "1",
            ["Logging:LogLevel:Dashboard.Host.Metrics.MetricRetentionService"] = "Debug",
        }))
        {
            await host.WaitForLineAsync("Pruned a batch of 1 Raw metric buckets");
            await host.KillAsync();
        }

        using var reopened = new DashboardDatabase(DatabaseFile);
        var store = new LiteDbMetricStore(reopened, Options.Create(new MetricRetentionOptions()), TimeProvider.System);
        var end = start.AddHours(48).AddTicks(-1);
        var hoursWithRaw = 0;
        foreach (var series in samples.GroupBy(sample => sample.MetricKey))
        {
            var rawByHour = store.GetSamples(series.Key, start, end).GroupBy(sample => sample.Timestamp.UtcTicks / TimeSpan.TicksPerHour).ToList();
            Assert.All(rawByHour, hour => Assert.Equal(60, hour.Count()));
            hoursWithRaw += rawByHour.Count;
            Assert.Equal(HourlySums(series), store.GetTrend(series.Key, start, end, 48).Select(point => (point.StartTicks, point.Count, Math.Round(point.Sum, 6))));
        }

        // Killed part way: some hours pruned, some not yet.
        Assert.InRange(hoursWithRaw, 1, 959);

        while (await store.PruneAsync(MetricResolution.Raw, DateTimeOffset.UtcNow.AddDays(-30), 100) > 0)
        {
        }

        Assert.All(samples.GroupBy(sample => sample.MetricKey), series =>
        {
            Assert.Empty(store.GetSamples(series.Key, start, end));
            Assert.Equal(HourlySums(series), store.GetTrend(series.Key, start, end, 48).Select(point => (point.StartTicks, point.Count, Math.Round(point.Sum, 6))));
        });
    }

    private static Dictionary<string, string> KeepRawForever => new()
    {
        ["Dashboard:MetricRetention:RawDays"] = "",
        ["Dashboard:MetricRetention:MinuteDays"] = "",
    };

    private static IEnumerable<(long Start, long Count, double Sum)> HourlySums(IEnumerable<QualifiedSample> series) =>
        series.GroupBy(sample => sample.Timestamp.UtcTicks / TimeSpan.TicksPerHour)
            .Select(hour => (hour.Key * TimeSpan.TicksPerHour, (long)hour.Count(), Math.Round((double)hour.Sum(sample => (decimal)sample.Value!.Value), 6)));
}
