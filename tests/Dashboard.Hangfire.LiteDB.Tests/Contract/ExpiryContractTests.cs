using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Time to live of sets, lists, hashes and jobs: set, reported and removed again.</summary>
public abstract class ExpiryContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);

    [Fact]
    public void GetSetTtl_NoExpiry_ReturnsNegative()
    {
        Commit(t => t.AddToSet("set", "a"));

        Assert.True(ExtendedConnection.GetSetTtl("set") < TimeSpan.Zero);
        Assert.True(ExtendedConnection.GetSetTtl("missing") < TimeSpan.Zero);
    }

    [Fact]
    public void ExpireSet_WithTtl_ReportsRemainingTime()
    {
        Commit(t => t.AddToSet("set", "a"));
        using (var transaction = BeginTransaction())
        {
            transaction.ExpireSet("set", Ttl);
            transaction.Commit();
        }

        AssertRemaining(ExtendedConnection.GetSetTtl("set"));
        Assert.Equal(["a"], Connection.GetAllItemsFromSet("set"));
    }

    [Fact]
    public void PersistSet_AfterExpire_RemovesTtl()
    {
        using (var transaction = BeginTransaction())
        {
            transaction.AddToSet("set", "a");
            transaction.ExpireSet("set", Ttl);
            transaction.Commit();
        }

        using (var transaction = BeginTransaction())
        {
            transaction.PersistSet("set");
            transaction.Commit();
        }

        Assert.True(ExtendedConnection.GetSetTtl("set") < TimeSpan.Zero);
    }

    [Fact]
    public void ExpireList_WithTtl_ReportsRemainingTimeUntilPersisted()
    {
        using (var transaction = BeginTransaction())
        {
            transaction.InsertToList("list", "a");
            transaction.ExpireList("list", Ttl);
            transaction.Commit();
        }

        AssertRemaining(ExtendedConnection.GetListTtl("list"));

        using (var transaction = BeginTransaction())
        {
            transaction.PersistList("list");
            transaction.Commit();
        }

        Assert.True(ExtendedConnection.GetListTtl("list") < TimeSpan.Zero);
        Assert.Equal(["a"], ExtendedConnection.GetAllItemsFromList("list"));
    }

    [Fact]
    public void ExpireHash_WithTtl_ReportsRemainingTimeUntilPersisted()
    {
        using (var transaction = BeginTransaction())
        {
            transaction.SetRangeInHash("hash", [new("a", "1")]);
            transaction.ExpireHash("hash", Ttl);
            transaction.Commit();
        }

        AssertRemaining(ExtendedConnection.GetHashTtl("hash"));

        using (var transaction = BeginTransaction())
        {
            transaction.PersistHash("hash");
            transaction.Commit();
        }

        Assert.True(ExtendedConnection.GetHashTtl("hash") < TimeSpan.Zero);
        Assert.Equal("1", ExtendedConnection.GetValueFromHash("hash", "a"));
    }

    [Fact]
    public void CreateExpiredJob_WithExpireIn_JobCarriesExpiry()
    {
        var before = DateTime.UtcNow;
        var jobId = CreateJob();

        var expireAt = Storage.GetMonitoringApi().JobDetails(jobId).ExpireAt;

        Assert.NotNull(expireAt);
        Assert.InRange(expireAt.Value, before.AddMinutes(59), before.AddMinutes(61));
    }

    [Fact]
    public void PersistJob_ExpiringJob_ClearsExpiryAndExpireJobSetsItAgain()
    {
        var jobId = CreateJob();

        Commit(t => t.PersistJob(jobId));
        Assert.Null(Storage.GetMonitoringApi().JobDetails(jobId).ExpireAt);

        var before = DateTime.UtcNow;
        Commit(t => t.ExpireJob(jobId, Ttl));
        var expireAt = Storage.GetMonitoringApi().JobDetails(jobId).ExpireAt;
        Assert.NotNull(expireAt);
        Assert.InRange(expireAt.Value, before + Ttl - TimeSpan.FromMinutes(1), before + Ttl + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Expire_TtlPassedWhileServerRuns_ExpiredDataRemovedAndTheRestKept()
    {
        var expiringJob = Connection.CreateExpiredJob(
            Job.FromExpression(() => ContractJobs.Method(1, "expiring")),
            new Dictionary<string, string>(),
            DateTime.UtcNow,
            TimeSpan.FromSeconds(1));
        var keptJob = CreateJob();
        Commit(t => t.PersistJob(keptJob));
        using (var transaction = BeginTransaction())
        {
            transaction.AddToSet("set", "a");
            transaction.ExpireSet("set", TimeSpan.FromSeconds(1));
            transaction.InsertToList("list", "a");
            transaction.ExpireList("list", TimeSpan.FromSeconds(1));
            transaction.SetRangeInHash("hash", [new("a", "1")]);
            transaction.ExpireHash("hash", TimeSpan.FromSeconds(1));
            transaction.IncrementCounter("counter", TimeSpan.FromSeconds(1));
            transaction.AddToSet("kept", "a");
            transaction.Commit();
        }

        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, Queues = ["none"] }, Storage);

        await Eventually.TrueAsync(
            () => Connection.GetJobData(expiringJob) is null
                && ExtendedConnection.GetSetCount("set") == 0
                && ExtendedConnection.GetListCount("list") == 0
                && ExtendedConnection.GetHashCount("hash") == 0
                && ExtendedConnection.GetCounter("counter") == 0,
            TimeSpan.FromSeconds(30),
            "expired job, set, list, hash and counter removed");
        Assert.NotNull(Connection.GetJobData(keptJob));
        Assert.Equal(["a"], Connection.GetAllItemsFromSet("kept"));
    }

    private static void AssertRemaining(TimeSpan remaining) =>
        Assert.InRange(remaining, Ttl - TimeSpan.FromMinutes(1), Ttl);
}
