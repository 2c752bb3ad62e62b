using System.Globalization;
using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// One series of many samples over 90 days (10 million: one every 0.78 s), then the reads a wall makes: the 90-day
/// trend as 300 points, a 24-hour sparkline as 240 points, and the newest 240 samples of the last 24 hours.
/// </summary>
public static class LongTrendBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(int samples, int batchSize)
    {
        var span = TimeSpan.FromDays(90);
        var walks = new FigureWalks(series: 1, span / samples, Start);
        var end = Start + span;
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "dashboard.db");
        var database = new DashboardDatabase(file);
        var retention = Options.Create(new MetricRetentionOptions { RawDays = 100 });
        var store = new LiteDbMetricStore(database, retention, new FixedTime(end));
        var clock = new RunClock();
        foreach (var batch in walks.Batches(samples, batchSize))
        {
            await store.StoreAsync(batch);
        }

        var elapsed = clock.Elapsed;
        database.Dispose();
        var bytes = Directory.GetFiles(folder).Sum(path => new FileInfo(path).Length);
        database = new DashboardDatabase(file);
        store = new LiteDbMetricStore(database, retention, new FixedTime(end));
        var series = FigureWalks.SeriesKeyOf(0);
        var trend = MetricStoreBenchmark.Median(21, () => store.GetTrend(series, Start, end, 300));
        var sparkline = MetricStoreBenchmark.Median(21, () => store.GetTrend(series, end.AddHours(-24), end, 240));
        var recent = MetricStoreBenchmark.Median(21, () => store.GetRecent(series, end.AddHours(-24), 240));
        var points = store.GetTrend(series, Start, end, 300).Count;
        database.Dispose();
        Directory.Delete(folder, recursive: true);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one series, {samples:N0} samples over 90 days: ingest {samples / elapsed.TotalSeconds:N0} samples/s, {bytes / (double)samples:0.00} B/sample on disk"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  90-day trend, 300 points (got {points}): {trend:0.00} ms; 24-hour sparkline, 240 points: {sparkline:0.00} ms; newest 240 samples of 24 h (wall history): {recent:0.00} ms"));
    }
}
