using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>A fetch waiting on an empty queue wakes when a job is enqueued, instead of at the next poll (15 s by default).</summary>
public abstract class BlockingFetchContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    private static readonly TimeSpan WakeUpBudget = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task FetchNextJob_WaitingWhenJobEnqueued_ReturnsWellUnderPollInterval()
    {
        var fetcher = OpenConnection();
        var fetch = new DedicatedThreadCall<(IFetchedJob Job, long Ticks)>("fetcher", () =>
        {
            var job = fetcher.FetchNextJob(["default"], CancelAfter(TimeSpan.FromSeconds(30)));
            return (job, Stopwatch.GetTimestamp());
        }).WaitUntilBlocked();

        var enqueuedAt = Stopwatch.GetTimestamp();
        var jobId = Enqueue("default");
        var (job, fetchedAt) = await fetch.Result.WaitAsync(TimeSpan.FromSeconds(30));

        using (job)
        {
            Assert.Equal(jobId, job.JobId);
            job.RemoveFromQueue();
        }

        var latency = Stopwatch.GetElapsedTime(enqueuedAt, fetchedAt);
        Assert.True(latency < WakeUpBudget, $"The waiting fetch returned {latency.TotalMilliseconds:F0} ms after the enqueue.");
    }

    [Fact]
    public async Task FetchNextJob_TwoWaitersOneJob_OnlyOneWakesWithIt()
    {
        var waiters = Enumerable.Range(0, 2).Select(i =>
        {
            var connection = OpenConnection();
            return new DedicatedThreadCall<IFetchedJob>($"waiter-{i}", () => connection.FetchNextJob(["default"], CancelAfter(TimeSpan.FromSeconds(3))));
        }).ToList();
        foreach (var waiter in waiters)
        {
            waiter.WaitUntilBlocked();
        }

        var jobId = Enqueue("default");

        var outcomes = await Task.WhenAll(waiters.Select(async w =>
        {
            try
            {
                return await w.Result.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }));

        var winners = outcomes.OfType<IFetchedJob>().ToList();
        var winner = Assert.Single(winners);
        Assert.Equal(jobId, winner.JobId);
        winner.RemoveFromQueue();
        winner.Dispose();
    }

    [Fact]
    public async Task FetchNextJob_WaitingWhenCancelled_ThrowsPromptly()
    {
        var cancellation = new CancellationTokenSource();
        var fetcher = OpenConnection();
        // The time is taken on the fetcher's thread as it throws, as the enqueue test takes it as it returns: the
        // storage's wake-up is measured, not how long the test's own continuation waits for a pool thread.
        var fetch = new DedicatedThreadCall<(Exception? Thrown, long Ticks)>("fetcher", () =>
        {
            try
            {
                using var job = fetcher.FetchNextJob(["default"], cancellation.Token);
                return (null, Stopwatch.GetTimestamp());
            }
            catch (Exception exception)
            {
                return (exception, Stopwatch.GetTimestamp());
            }
        }).WaitUntilBlocked();

        var cancelledAt = Stopwatch.GetTimestamp();
        await cancellation.CancelAsync();

        var (thrown, thrownAt) = await fetch.Result.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.True(Stopwatch.GetElapsedTime(cancelledAt, thrownAt) < WakeUpBudget);
    }
}
