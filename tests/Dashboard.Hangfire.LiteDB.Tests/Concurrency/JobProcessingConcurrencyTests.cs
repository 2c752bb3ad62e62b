using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Xunit.Abstractions;

namespace Dashboard.Hangfire.LiteDB.Tests.Concurrency;

/// <summary>
/// Two servers with several workers each on one storage process 10,000 jobs: every job runs, exactly once, and
/// the storage answers queries correctly afterwards.
/// </summary>
[Collection(SerialCollection.Name)]
public abstract class JobProcessingConcurrencyTests<TProvider>(ITestOutputHelper output) : IDisposable
    where TProvider : IStorageProvider
{
    private const int JobCount = 10_000;
    private const int WorkersPerServer = 4;
    private static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(5);

    private readonly TemporaryDirectory _directory = new();

    protected string Directory => _directory.Path;

    [Fact]
    public async Task TwoServers_TenThousandJobs_EveryJobRunsExactlyOnceAndStorageStaysHealthy()
    {
        var run = ExecutionRecorder.StartRun(JobCount);
        var storage = TProvider.Create(Directory, InvisibilityTimeout);
        try
        {
            var watch = Stopwatch.StartNew();
            TimeSpan enqueued;
            using (var first = StartServer(storage, "first"))
            using (var second = StartServer(storage, "second"))
            {
                var client = new BackgroundJobClient(storage);
                Parallel.For(0, JobCount, new ParallelOptions { MaxDegreeOfParallelism = 4 }, number =>
                    client.Enqueue(() => ExecutionRecorder.Record(run.Id, number)));
                enqueued = watch.Elapsed;

                var timedOut = await Record.ExceptionAsync(() => run.AllRan.WaitAsync(TimeSpan.FromMinutes(3)));
                output.WriteLine($"Enqueued {JobCount} in {enqueued.TotalSeconds:F1} s; all ran after {watch.Elapsed.TotalSeconds:F1} s " +
                    $"({JobCount / watch.Elapsed.TotalSeconds:F0} jobs/s end to end). Never run: {run.NeverRun}. Duplicates: {run.Duplicates}.");
                Assert.True(timedOut is null, $"{run.NeverRun} of {JobCount} jobs never ran within 3 minutes.");
            }

            output.WriteLine($"Duplicates after both servers stopped: {run.Duplicates}.");
            Assert.Equal(0, run.Duplicates);
            storage = Reopen(storage);
            AssertHealthy(storage);
        }
        finally
        {
            ExecutionRecorder.EndRun(run);
            (storage as IDisposable)?.Dispose();
        }
    }

    /// <summary>A storage on the same data, reopened where the storage is durable, so the check reads what was persisted.</summary>
    protected abstract JobStorage Reopen(JobStorage storage);

    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static BackgroundJobServer StartServer(JobStorage storage, string name) =>
        new(
            new BackgroundJobServerOptions
            {
                ServerName = $"{name}-{Guid.NewGuid():N}",
                WorkerCount = WorkersPerServer,
                Queues = ["default"],
                ShutdownTimeout = TimeSpan.FromSeconds(30),
            },
            storage);

    private static void AssertHealthy(JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        Assert.Equal(JobCount, statistics.Succeeded);
        Assert.Equal(0, statistics.Enqueued);
        Assert.Equal(0, statistics.Processing);
        Assert.Equal(0, statistics.Failed);
        Assert.Equal(0, monitoring.EnqueuedCount("default"));
        Assert.Equal(JobCount, monitoring.SucceededByDatesCount().Values.Sum());

        using var connection = Assert.IsAssignableFrom<JobStorageConnection>(storage.GetConnection());
        var latest = monitoring.SucceededJobs(0, 1).Single();
        Assert.Equal("Succeeded", connection.GetJobData(latest.Key).State);
    }
}
