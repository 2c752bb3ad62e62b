using System.Diagnostics;
using System.Globalization;
using Dashboard.Host.Metrics;
using Dashboard.Host.Storage;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// The metric store beside raw one-document-per-sample LiteDB and the store before buckets, on the same figures:
/// ingest rate, bytes per sample after a checkpoint (every file of the database, rollups included), memory while
/// ingesting, the read of one series' trend; then a check that every value reads back bit for bit.
/// </summary>
public static class MetricStoreBenchmark
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private const int WarmUpSteps = 150;

    /// <summary>Runs the stores one after another, printing each store's line as soon as it is measured.</summary>
    public static async Task RunAsync(int samples, int series, int batchSize, bool bucketStoreOnly)
    {
        var walks = new FigureWalks(series, Step, Start);
        var steps = samples / series;
        var end = Start + Step * (steps - 1);
        Console.WriteLine($"{"store",-36} {"samples/s",10} {"B/sample",9} {"cpu µs/s",9} {"GC",7} {"alloc B/s",9} {"live MB at 25/50/75/100%",26} {"peak WS MB",10} {"trend ms",9}  note");
        Print(await IngestAsync("bucket store (LiteDbMetricStore)", walks, steps, batchSize, database =>
        {
            var store = new LiteDbMetricStore(database, Options.Create(new MetricRetentionOptions()), new FixedTime(end));
            return (batch => store.StoreAsync(batch), () => store.GetTrend(FigureWalks.SeriesKeyOf(1), Start, end, 300).Count, () => Lossless(store, walks, steps, batchSize));
        }));
        if (bucketStoreOnly)
        {
            return;
        }

        Print(await IngestAsync("raw LiteDB, one document per sample", walks, steps, batchSize, database =>
        {
            var store = new OneDocumentPerSampleStore(database, Bare: true);
            return (store.WriteAsync, () => store.ReadTrend(FigureWalks.SeriesKeyOf(1), Start, end, 300), () => "no last values, no index");
        }));
        Print(await IngestAsync("store before buckets", walks, steps, batchSize, database =>
        {
            var store = new OneDocumentPerSampleStore(database, Bare: false);
            return (store.WriteAsync, () => store.ReadTrend(FigureWalks.SeriesKeyOf(1), Start, end, 300), () => "as the landed MetricStore");
        }));
    }

    private static async Task<StoreIngestResult> IngestAsync(
        string name,
        FigureWalks walks,
        int steps,
        int batchSize,
        Func<DashboardDatabase, (Func<IReadOnlyList<QualifiedSample>, Task> Write, Func<int> Trend, Func<string> Check)> open)
    {
        await WarmUpAsync(walks, batchSize, open);
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "dashboard.db");
        var database = new DashboardDatabase(file);
        var (write, _, _) = open(database);
        var batches = steps * walks.Series / batchSize;
        var heap = new List<long>();
        long peak = 0;
        long written = 0;
        var clock = new CallClock();
        foreach (var batch in walks.Batches(steps, batchSize))
        {
            await clock.MeasureAsync(() => write(batch));
            written += batch.Length;
            peak = Math.Max(peak, Environment.WorkingSet);
            if (heap.Count < 4 && written >= (heap.Count + 1) * (long)batches * batchSize / 4)
            {
                // What the store keeps alive, garbage collected first; outside the timed calls.
                heap.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        var (elapsed, cpu, gcPause, allocated) = (clock.Elapsed, clock.Cpu, clock.GcPause, clock.AllocatedBytes);
        // Disposing checkpoints the log into the data file; what is left on disk is what the data costs.
        database.Dispose();
        var bytes = Directory.GetFiles(folder).Sum(path => new FileInfo(path).Length);
        database = new DashboardDatabase(file);
        var (_, trend, check) = open(database);
        var trendMilliseconds = Median(21, () => trend());
        var note = check();
        database.Dispose();
        Directory.Delete(folder, recursive: true);
        return new StoreIngestResult(name, written, elapsed, cpu, gcPause, allocated, bytes, heap, peak, trendMilliseconds, note);
    }

    /// <summary>
    /// The same store code run on a throwaway file first, as a host that has run a while has it: compiled by the tiered
    /// JIT at its optimising tier rather than measured while still being compiled.
    /// </summary>
    private static async Task WarmUpAsync(
        FigureWalks walks,
        int batchSize,
        Func<DashboardDatabase, (Func<IReadOnlyList<QualifiedSample>, Task> Write, Func<int> Trend, Func<string> Check)> open)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using (var database = new DashboardDatabase(Path.Combine(folder, "warm-up.db")))
        {
            var (write, _, _) = open(database);
            foreach (var batch in walks.Batches(WarmUpSteps, batchSize))
            {
                await write(batch);
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every sample of every series read back and compared bit for bit with the workload regenerated.</summary>
    private static string Lossless(IMetricStore store, FigureWalks walks, int steps, int batchSize)
    {
        var expected = walks.Batches(steps, batchSize).SelectMany(batch => batch).GroupBy(sample => sample.SeriesKey);
        var compared = 0L;
        foreach (var series in expected)
        {
            var read = store.GetSamples(series.Key, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
            var written = series.ToList();
            if (read.Count != written.Count || !read.Zip(written).All(pair => pair.First.Timestamp == pair.Second.Timestamp
                && BitConverter.DoubleToInt64Bits(pair.First.Value!.Value) == BitConverter.DoubleToInt64Bits(pair.Second.Value!.Value)))
            {
                return $"LOSSY: series {series.Key} differs";
            }

            compared += read.Count;
        }

        return $"lossless: {compared:N0} samples read back bit for bit";
    }

    public static double Median(int runs, Action read)
    {
        read();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            read();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(runs / 2);
    }

    private static void Print(StoreIngestResult result)
    {
        var heap = string.Join("/", result.HeapAtQuarters.Select(bytes => (bytes / 1_048_576.0).ToString("0", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Name,-36} {result.SamplesPerSecond,10:N0} {result.BytesPerSample,9:0.00} {result.Cpu.TotalMicroseconds / result.Samples,9:0.0} {result.GcPausePercent,6:0}% {result.AllocatedBytes / (double)result.Samples,9:N0} {heap,26} {result.PeakWorkingSet / 1_048_576.0,10:0} {result.TrendMilliseconds,9:0.00}  {result.Note}"));
    }
}
