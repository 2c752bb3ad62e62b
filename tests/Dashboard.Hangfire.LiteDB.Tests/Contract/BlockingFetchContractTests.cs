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
        var fetch = new DedicatedThreadCall<IFetchedJob>("fetcher", () => fetcher.FetchNextJob(["default"], cancellation.Token)).WaitUntilBlocked();

        var cancelledAt = Stopwatch.GetTimestamp();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch.Result.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(Stopwatch.GetElapsedTime(cancelledAt) < WakeUpBudget);
    }
}
