using System.Collections.Concurrent;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Queues: first in first out, each job handed to one fetcher, requeued or removed on acknowledgement.</summary>
public abstract class QueueContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void FetchNextJob_SeveralEnqueued_ReturnsThemInEnqueueOrder()
    {
        var ids = Enumerable.Range(0, 5).Select(i => Enqueue("default", i)).ToList();

        var fetched = ids.Select(_ =>
        {
            using var job = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout));
            job.RemoveFromQueue();
            return job.JobId;
        }).ToList();

        Assert.Equal(ids, fetched);
    }

    [Fact]
    public void FetchNextJob_SeveralQueues_TakesFromAnyListedQueueOnly()
    {
        var critical = Enqueue("critical");
        var unlisted = Enqueue("unlisted");
        var normal = Enqueue("default");

        var fetched = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var job = Connection.FetchNextJob(["critical", "default"], CancelAfter(FetchTimeout));
            job.RemoveFromQueue();
            fetched.Add(job.JobId);
        }

        Assert.Equal([critical, normal], fetched.Order());
        Assert.Throws<OperationCanceledException>(() => Connection.FetchNextJob(["critical", "default"], CancelAfter(TimeSpan.FromMilliseconds(300))));
        Assert.Equal(1, Storage.GetMonitoringApi().EnqueuedCount("unlisted"));
        Assert.NotNull(unlisted);
    }

    [Fact]
    public void FetchNextJob_EmptyQueueAndCancelled_ThrowsOperationCanceled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => Connection.FetchNextJob(["default"], CancelAfter(TimeSpan.FromMilliseconds(200))));
    }

    [Fact]
    public void FetchNextJob_ConcurrentFetchers_EachJobHandedOutExactlyOnce()
    {
        const int jobCount = 200;
        var ids = Enumerable.Range(0, jobCount).Select(i => Enqueue("default", i)).ToHashSet();
        var handedOut = new ConcurrentBag<string>();
        var remaining = jobCount;

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var connection = OpenConnection();
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var job = connection.FetchNextJob(["default"], CancelAfter(FetchTimeout));
                handedOut.Add(job.JobId);
                job.RemoveFromQueue();
            }
        });

        Assert.Equal(jobCount, handedOut.Count);
        Assert.Equal(ids, handedOut.ToHashSet());
    }

    [Fact]
    public void Requeue_FetchedJob_HandedOutAgain()
    {
        var jobId = Enqueue("default");

        using (var first = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout)))
        {
            first.Requeue();
        }

        using var second = OpenConnection().FetchNextJob(["default"], CancelAfter(FetchTimeout));
        Assert.Equal(jobId, second.JobId);
        second.RemoveFromQueue();
    }

    [Fact]
    public void RemoveFromQueue_FetchedJob_GoneFromQueueForGood()
    {
        Enqueue("default");

        using (var job = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout)))
        {
            job.RemoveFromQueue();
        }

        var monitoring = Storage.GetMonitoringApi();
        Assert.Equal(0, monitoring.EnqueuedCount("default"));
        Assert.Equal(0, monitoring.FetchedCount("default") );
        Assert.ThrowsAny<OperationCanceledException>(() => OpenConnection().FetchNextJob(["default"], CancelAfter(InvisibilityTimeout * 1.5)));
    }

    [Fact]
    public void RemoveFromQueue_InTransactionWhereSupported_GoneOnlyAfterCommit()
    {
        var jobId = Enqueue("default");
        using var job = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout));

        if (Storage.HasFeature(JobStorageFeatures.Transaction.RemoveFromQueue(job.GetType())))
        {
            using var transaction = BeginTransaction();
            transaction.RemoveFromQueue(job);
            transaction.SetJobState(jobId, new SucceededState(null, 1, 1));
            transaction.Commit();
        }
        else
        {
            job.RemoveFromQueue();
        }

        Assert.ThrowsAny<OperationCanceledException>(() => OpenConnection().FetchNextJob(["default"], CancelAfter(InvisibilityTimeout * 1.5)));
    }

    [Fact]
    public void EnqueuedCount_JobFetchedAndHeld_NoLongerCountedAsEnqueued()
    {
        Enqueue("default");
        Enqueue("default");

        using var held = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout));

        var monitoring = Storage.GetMonitoringApi();
        Assert.Equal(1, monitoring.EnqueuedCount("default"));
        Assert.Single(monitoring.EnqueuedJobs("default", 0, 10));
        held.RemoveFromQueue();
    }

    [Fact]
    public void FetchNextJob_JobHeldByLiveFetcher_NotHandedToAnotherWorker()
    {
        var jobId = Enqueue("default");
        using var held = Connection.FetchNextJob(["default"], CancelAfter(FetchTimeout));

        var secondWorker = OpenConnection();
        Assert.ThrowsAny<OperationCanceledException>(() => secondWorker.FetchNextJob(["default"], CancelAfter(InvisibilityTimeout * 3)));

        Assert.Equal(jobId, held.JobId);
        held.RemoveFromQueue();
    }
}
