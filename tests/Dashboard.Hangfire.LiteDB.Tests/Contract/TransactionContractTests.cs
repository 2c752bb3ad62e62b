using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Write transactions: nothing visible before commit, everything after, nothing at all when discarded.</summary>
public abstract class TransactionContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void Commit_WritesOfEveryKind_NothingVisibleBeforeAndAllAfter()
    {
        var jobId = CreateJob();
        var reader = OpenConnection();
        using var transaction = Connection.CreateWriteTransaction();

        WriteOneOfEach(transaction, jobId);
        AssertNothingOfEach(reader, jobId);

        transaction.Commit();

        var extended = Assert.IsAssignableFrom<JobStorageConnection>(reader);
        Assert.Equal(["a"], reader.GetAllItemsFromSet("set"));
        Assert.Equal(["a"], extended.GetAllItemsFromList("list"));
        Assert.Equal("1", extended.GetValueFromHash("hash", "field"));
        Assert.Equal(1, extended.GetCounter("counter"));
        Assert.Equal(ScheduledState.StateName, reader.GetJobData(jobId).State);
        Assert.Equal(1, Storage.GetMonitoringApi().EnqueuedCount("queue"));
    }

    [Fact]
    public void Dispose_WithoutCommit_NothingWritten()
    {
        var jobId = CreateJob();

        using (var transaction = Connection.CreateWriteTransaction())
        {
            WriteOneOfEach(transaction, jobId);
        }

        AssertNothingOfEach(Connection, jobId);
    }

    [Fact]
    public void Commit_ArgumentRejectedMidway_EarlierWritesDiscardedWithIt()
    {
        using (var transaction = Connection.CreateWriteTransaction())
        {
            transaction.AddToSet("set", "a");
            Assert.ThrowsAny<ArgumentException>(() => transaction.AddToSet(null, "b"));
        }

        Assert.Empty(Connection.GetAllItemsFromSet("set"));
    }

    // A set member this long may exceed a storage's index key limit; whether the storage accepts it or not,
    // the transaction must land whole or not at all.
    private static readonly string OversizedValue = new('x', 4000);

    [Fact]
    public void Commit_OneWriteTheStorageMayReject_AllOrNothing()
    {
        var commit = Record.Exception(() => Commit(t =>
        {
            t.AddToSet("small", "a");
            t.IncrementCounter("counter");
            t.AddToSet("large", OversizedValue);
            t.InsertToList("list", "after");
        }));

        if (commit is null)
        {
            Assert.Equal(["a"], Connection.GetAllItemsFromSet("small"));
            Assert.Equal([OversizedValue], Connection.GetAllItemsFromSet("large"));
            Assert.Equal(1, ExtendedConnection.GetCounter("counter"));
            Assert.Equal(["after"], ExtendedConnection.GetAllItemsFromList("list"));
        }
        else
        {
            Assert.Empty(Connection.GetAllItemsFromSet("small"));
            Assert.Empty(Connection.GetAllItemsFromSet("large"));
            Assert.Equal(0, ExtendedConnection.GetCounter("counter"));
            Assert.Empty(ExtendedConnection.GetAllItemsFromList("list"));
        }
    }

    [Fact]
    public async Task Commit_PossiblyRejectedTransactionAmongConcurrentOnes_OthersAllCommitted()
    {
        const int writers = 4;
        const int commitsPerWriter = 25;
        using var start = new Barrier(writers + 1);
        var threads = Enumerable.Range(0, writers).Select(writer => new DedicatedThreadCall<int>($"writer-{writer}", () =>
        {
            var connection = OpenConnection();
            start.SignalAndWait();
            for (var i = 0; i < commitsPerWriter; i++)
            {
                using var transaction = connection.CreateWriteTransaction();
                transaction.AddToSet("good", $"{writer}-{i}");
                transaction.Commit();
            }

            return writer;
        })).ToList();
        var rejected = new DedicatedThreadCall<Exception?>("rejected", () =>
        {
            start.SignalAndWait();
            return Record.Exception(() => Commit(t =>
            {
                t.AddToSet("maybe", "a");
                t.AddToSet("maybe", OversizedValue);
            }));
        });

        await Task.WhenAll(threads.Select(t => t.Result)).WaitAsync(TimeSpan.FromSeconds(60));
        var rejection = await rejected.Result.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(writers * commitsPerWriter, ExtendedConnection.GetSetCount("good"));
        Assert.Equal(rejection is null ? 2 : 0, ExtendedConnection.GetSetCount("maybe"));
    }

    [Fact]
    public void CreateJob_InTransaction_InvisibleUntilCommit()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Transaction.CreateJob));
        using var transaction = BeginTransaction();

        var jobId = transaction.CreateJob(
            Job.FromExpression(() => ContractJobs.Method(7, "in transaction")),
            new Dictionary<string, string> { ["Culture"] = "en" },
            DateTime.UtcNow,
            TimeSpan.FromHours(1));
        transaction.SetJobParameter(jobId, "Extra", "yes");
        transaction.AddJobState(jobId, new ScheduledState(TimeSpan.FromMinutes(1)) { Reason = "history only" });
        transaction.SetJobState(jobId, new EnqueuedState("queue") { Reason = "current" });
        transaction.ExpireJob(jobId, TimeSpan.FromMinutes(30));
        transaction.PersistJob(jobId);
        transaction.AddToQueue("queue", jobId);

        Assert.NotNull(jobId);
        Assert.Null(Connection.GetJobData(jobId));

        transaction.Commit();

        Assert.Equal(7, Connection.GetJobData(jobId).Job.Args[0]);
        Assert.Equal(EnqueuedState.StateName, Connection.GetJobData(jobId).State);
        Assert.Equal("current", Connection.GetStateData(jobId).Reason);
        var details = Storage.GetMonitoringApi().JobDetails(jobId);
        Assert.Equal(["current", "history only"], details.History.Select(h => h.Reason));
        Assert.Null(details.ExpireAt);
        Assert.Equal("en", Connection.GetJobParameter(jobId, "Culture"));
        Assert.Equal("yes", Connection.GetJobParameter(jobId, "Extra"));
        Assert.Equal(1, Storage.GetMonitoringApi().EnqueuedCount("queue"));
    }

    [Fact]
    public async Task Commit_TransactionLockHeldElsewhere_ThrowsLockTimeoutAndWritesNothing()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Transaction.AcquireDistributedLock));
        using var held = OpenConnection().AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));

        var attempt = new DedicatedThreadCall<Exception?>("committer", () => Record.Exception(() =>
        {
            using var transaction = BeginTransaction();
            transaction.AddToSet("set", "a");
            transaction.AcquireDistributedLock("resource", TimeSpan.FromMilliseconds(200));
            transaction.AddToSet("set", "b");
            transaction.Commit();
        }));

        Assert.IsType<DistributedLockTimeoutException>(await attempt.Result.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(Connection.GetAllItemsFromSet("set"));
    }

    [Fact]
    public void Commit_TransactionLockFree_CommitsAndReleasesIt()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Transaction.AcquireDistributedLock));

        using (var transaction = BeginTransaction())
        {
            transaction.AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
            transaction.AddToSet("set", "a");
            transaction.Commit();
        }

        using var afterwards = OpenConnection().AcquireDistributedLock("resource", TimeSpan.FromSeconds(1));
        Assert.Equal(["a"], Connection.GetAllItemsFromSet("set"));
    }

    private static void WriteOneOfEach(IWriteOnlyTransaction transaction, string jobId)
    {
        transaction.AddToSet("set", "a");
        transaction.InsertToList("list", "a");
        transaction.SetRangeInHash("hash", [new("field", "1")]);
        transaction.IncrementCounter("counter");
        transaction.SetJobState(jobId, new ScheduledState(TimeSpan.FromHours(1)));
        transaction.AddToQueue("queue", jobId);
    }

    private void AssertNothingOfEach(IStorageConnection reader, string jobId)
    {
        var extended = Assert.IsAssignableFrom<JobStorageConnection>(reader);
        Assert.Empty(reader.GetAllItemsFromSet("set"));
        Assert.Empty(extended.GetAllItemsFromList("list"));
        Assert.Null(reader.GetAllEntriesFromHash("hash"));
        Assert.Equal(0, extended.GetCounter("counter"));
        Assert.Null(reader.GetJobData(jobId).State);
        Assert.Equal(0, Storage.GetMonitoringApi().EnqueuedCount("queue"));
    }
}
