using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Storage;

/// <summary>What only a file-backed storage has: one database per instance, data that outlives the instance.</summary>
public sealed class LiteDbJobStorageTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Constructor_TwoFiles_StoragesIndependent()
    {
        using var first = Open("first.db");
        using var second = Open("second.db");

        var jobId = Enqueue(first, "default");
        Commit(second, t => t.AddToSet("set", "only-in-second"));

        Assert.Equal(1, first.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(0, second.GetMonitoringApi().EnqueuedCount("default"));
        using var firstConnection = first.GetConnection();
        using var secondConnection = second.GetConnection();
        Assert.Empty(firstConnection.GetAllItemsFromSet("set"));
        Assert.Equal(["only-in-second"], secondConnection.GetAllItemsFromSet("set"));
        Assert.NotNull(firstConnection.GetJobData(jobId));
    }

    [Fact]
    public void Constructor_FileAlreadyOpenInThisProcess_ThrowsInsteadOfSharingIt()
    {
        using var first = Open("shared.db");
        Enqueue(first, "default");

        Assert.ThrowsAny<IOException>(() => Open("shared.db"));

        Assert.Equal(1, first.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void Dispose_ThenReopen_CommittedDataStillThere()
    {
        string jobId;
        using (var storage = Open("hangfire.db"))
        {
            jobId = Enqueue(storage, "default");
            Commit(storage, t =>
            {
                t.AddToSet("set", "a", 2);
                t.InsertToList("list", "b");
                t.SetRangeInHash("hash", [new("field", "c")]);
                t.IncrementCounter("counter");
            });
            new RecurringJobManager(storage).AddOrUpdate("recurring", () => ContractJobs.Method(1, "r"), Cron.Hourly());
        }

        using var reopened = Open("hangfire.db");
        using var connection = Assert.IsAssignableFrom<JobStorageConnection>(reopened.GetConnection());
        Assert.Equal(EnqueuedState.StateName, connection.GetJobData(jobId).State);
        Assert.Equal(["a"], connection.GetAllItemsFromSet("set"));
        Assert.Equal(["b"], connection.GetAllItemsFromList("list"));
        Assert.Equal("c", connection.GetValueFromHash("hash", "field"));
        Assert.Equal(1, connection.GetCounter("counter"));
        Assert.Equal("recurring", Assert.Single(connection.GetRecurringJobs()).Id);
        using var fetched = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal(jobId, fetched.JobId);
        fetched.RemoveFromQueue();
    }

    [Fact]
    public void FetchNextJob_FetchedJobDisposedUnacknowledged_HandedOutAgainWithoutWaitingForInvisibility()
    {
        using var storage = Open("hangfire.db");
        var jobId = Enqueue(storage, "default");
        using var connection = storage.GetConnection();

        connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).Dispose();

        using var again = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(1)).Token);
        Assert.Equal(jobId, again.JobId);
        again.RemoveFromQueue();
    }

    [Fact]
    public void FetchedJobs_JobHeldByWorker_ListedAsFetchedNotEnqueued()
    {
        using var storage = Open("hangfire.db");
        var jobId = Enqueue(storage, "default");
        using var connection = storage.GetConnection();
        using var fetched = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        var monitoring = storage.GetMonitoringApi();

        Assert.Equal(1, monitoring.FetchedCount("default"));
        Assert.Equal(0, monitoring.EnqueuedCount("default"));
        Assert.Equal([jobId], monitoring.FetchedJobs("default", 0, 10).Select(j => j.Key));
        Assert.Equal(1, Assert.Single(monitoring.Queues()).Fetched);
        fetched.RemoveFromQueue();
        Assert.Equal(0, monitoring.FetchedCount("default"));
    }

    [Fact]
    public void RemoveFromQueue_InTransactionDiscarded_JobStaysAndIsHandedOutAgain()
    {
        using var storage = Open("hangfire.db");
        var jobId = Enqueue(storage, "default");
        using var connection = storage.GetConnection();

        using (var fetched = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token))
        {
            using var transaction = (JobStorageTransaction)connection.CreateWriteTransaction();
            transaction.RemoveFromQueue(fetched);
        }

        using var again = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(1)).Token);
        Assert.Equal(jobId, again.JobId);
        again.RemoveFromQueue();
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrow()
    {
        var storage = Open("hangfire.db");

        storage.Dispose();
        storage.Dispose();
    }

    [Fact]
    public void HasFeature_RemoveFromQueueOfItsFetchedJobs_DeclaredSoWorkersAcknowledgeInTheStateTransaction()
    {
        using var storage = Open("hangfire.db");
        var jobId = Enqueue(storage, "default");
        using var connection = storage.GetConnection();

        using var fetched = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        Assert.Equal(jobId, fetched.JobId);
        Assert.True(storage.HasFeature(JobStorageFeatures.Transaction.RemoveFromQueue(fetched.GetType())));
        fetched.RemoveFromQueue();
    }

    public void Dispose() => _directory.Dispose();

    private LiteDbJobStorage Open(string file) =>
        new(_directory.File(file), new LiteDbStorageOptions { InvisibilityTimeout = TimeSpan.FromSeconds(2) });

    private static string Enqueue(JobStorage storage, string queue)
    {
        using var connection = storage.GetConnection();
        var jobId = connection.CreateExpiredJob(Job.FromExpression(() => ContractJobs.Method(1, "x")), new Dictionary<string, string>(), DateTime.UtcNow, TimeSpan.FromHours(1));
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetJobState(jobId, new EnqueuedState(queue));
        transaction.AddToQueue(queue, jobId);
        transaction.Commit();
        return jobId;
    }

    private static void Commit(JobStorage storage, Action<IWriteOnlyTransaction> write)
    {
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        write(transaction);
        transaction.Commit();
    }
}
