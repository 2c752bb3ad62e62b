using System.Diagnostics;
using System.Text.Json;
using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>Runs one scenario on one storage in this process and prints its result as one JSON line.</summary>
public static class BenchmarkChild
{
    public const string ResultPrefix = "RESULT ";
    private const int Producers = 4;

    public static int Run(string storageName, string scenario, int workers, int jobs)
    {
        var directory = Directory.CreateTempSubdirectory("hangfire-benchmark-");
        try
        {
            // A small unmeasured round first, so JIT compilation and type loading do not count against either storage.
            _ = Measure(storageName, scenario, workers, Math.Min(jobs, 200), Path.Combine(directory.FullName, "warm-up"));
            var result = Measure(storageName, scenario, workers, jobs, Path.Combine(directory.FullName, "measured"));
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static BenchmarkResult Measure(string storageName, string scenario, int workers, int jobs, string directory)
    {
        Directory.CreateDirectory(directory);
        return scenario switch
        {
            "fire-and-forget" => FireAndForget(storageName, directory, workers, jobs),
            "recurring" => Recurring(storageName, directory, workers, jobs),
            _ => throw new ArgumentException($"Unknown scenario {scenario}."),
        };
    }

    /// <summary>Enqueue every job from four producers (latency per call), then start the server and time the processing.</summary>
    private static BenchmarkResult FireAndForget(string storageName, string directory, int workers, int jobs)
    {
        var storage = StorageUnderBenchmark.Open(storageName, directory);
        var client = new BackgroundJobClient(storage.Storage);
        var latencies = new double[jobs];
        var enqueueWatch = Stopwatch.StartNew();
        Parallel.For(0, jobs, new ParallelOptions { MaxDegreeOfParallelism = Producers }, number =>
        {
            var started = Stopwatch.GetTimestamp();
            client.Enqueue(() => BenchmarkJobs.Done(number));
            latencies[number] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        var enqueueSeconds = enqueueWatch.Elapsed.TotalSeconds;

        var allDone = BenchmarkJobs.ExpectJobs(jobs);
        var processWatch = Stopwatch.StartNew();
        using (StartServer(storage, workers))
        {
            allDone.Wait();
            processWatch.Stop();
        }

        storage.Dispose();
        Array.Sort(latencies);
        return new BenchmarkResult(
            storageName, "fire-and-forget", workers, jobs,
            jobs / enqueueSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            jobs / processWatch.Elapsed.TotalSeconds, enqueueSeconds + processWatch.Elapsed.TotalSeconds,
            storage.FileBytes(), $"{Producers} producers, then processing");
    }

    /// <summary>Register the recurring jobs (latency per registration), trigger them all, time until every one ran.</summary>
    private static BenchmarkResult Recurring(string storageName, string directory, int workers, int jobs)
    {
        var storage = StorageUnderBenchmark.Open(storageName, directory);
        var manager = new RecurringJobManager(storage.Storage);
        var latencies = new double[jobs];
        var registerWatch = Stopwatch.StartNew();
        for (var number = 0; number < jobs; number++)
        {
            var captured = number;
            var started = Stopwatch.GetTimestamp();
            manager.AddOrUpdate($"benchmark-{number}", () => BenchmarkJobs.Done(captured), "0 0 1 1 *");
            latencies[number] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var registerSeconds = registerWatch.Elapsed.TotalSeconds;
        var allDone = BenchmarkJobs.ExpectJobs(jobs);
        var runWatch = Stopwatch.StartNew();
        using (StartServer(storage, workers))
        {
            for (var number = 0; number < jobs; number++)
            {
                manager.Trigger($"benchmark-{number}");
            }

            allDone.Wait();
            runWatch.Stop();
        }

        storage.Dispose();
        Array.Sort(latencies);
        return new BenchmarkResult(
            storageName, "recurring", workers, jobs,
            jobs / registerSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            jobs / runWatch.Elapsed.TotalSeconds, registerSeconds + runWatch.Elapsed.TotalSeconds,
            storage.FileBytes(), "register, then trigger all and run");
    }

    private static BackgroundJobServer StartServer(StorageUnderBenchmark storage, int workers) =>
        new(new BackgroundJobServerOptions { WorkerCount = workers, Queues = ["default"] }, storage.Storage);

    private static double Percentile(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
