using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Queue;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Xunit;

namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

public sealed class QueueWritesTests : IDisposable
{
    private static readonly TimeSpan Invisibility = TimeSpan.FromMinutes(5);

    private readonly ScratchDatabase _scratch = new();
    private readonly StorageDatabase _database;
    private readonly SingleWriter _writer;

    public QueueWritesTests()
    {
        _database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);
        _writer = new SingleWriter(_database, new LiteDbStorageOptions());
    }

    [Fact]
    public void Claim_SeveralWaiting_TakesFirstEnqueuedAndHidesIt()
    {
        Enqueue("default", 1, 2, 3);

        var first = Claim("default");
        var second = Claim("default");

        Assert.Equal([1L, 2L], [first!.JobId, second!.JobId]);
        Assert.Equal(1, _database.QueueItems.Count(QueueSlots.AllWaiting("default")));
        Assert.Equal(2, _database.QueueItems.Count(QueueSlots.AllFetched("default")));
    }

    [Fact]
    public void Claim_FetchOlderThanInvisibility_HandsItOutAgain()
    {
        Enqueue("default", 1);
        var abandoned = Claim("default")!;
        _writer.Execute(context => AgeFetch(context, abandoned.Id, Invisibility + TimeSpan.FromSeconds(1)));

        var again = Claim("default");

        Assert.Equal(1, again!.JobId);
        Assert.NotEqual(abandoned.FetchToken, again.FetchToken);
    }

    [Fact]
    public void Claim_TimedOutButHeldByLiveWorkerHere_NotHandedOutAndRefreshed()
    {
        Enqueue("default", 1);
        var held = Claim("default")!;
        _writer.Execute(context => AgeFetch(context, held.Id, Invisibility + TimeSpan.FromSeconds(1)));

        var claimed = _writer.Execute(context => QueueWrites.Claim(context, ["default"], Invisibility, itemId => itemId == held.Id), waitsForDurability: false);

        Assert.Null(claimed);
        Assert.True(_database.QueueItems.FindById(held.Id).FetchedAt > DateTime.UtcNow.Ticks - Invisibility.Ticks);
    }

    [Fact]
    public void RequeueAllFetched_FetchesOfAProcessThatIsGone_AllWaitingAgainInOrder()
    {
        Enqueue("default", 1, 2);
        Enqueue("critical", 3);
        Claim("default");
        Claim("critical");

        var requeued = _writer.Execute(QueueWrites.RequeueAllFetched);

        Assert.Equal(2, requeued);
        Assert.Equal(0, _database.QueueItems.Count(QueueSlots.AllFetched("default")) + _database.QueueItems.Count(QueueSlots.AllFetched("critical")));
        Assert.Equal(1, Claim("default")!.JobId);
    }

    [Fact]
    public void Claim_FetchYoungerThanInvisibility_NotHandedOut()
    {
        Enqueue("default", 1);
        Claim("default");

        Assert.Null(Claim("default"));
    }

    [Fact]
    public void Remove_StaleFetchToken_LeavesNewHoldersItem()
    {
        Enqueue("default", 1);
        var abandoned = Claim("default")!;
        _writer.Execute(context => AgeFetch(context, abandoned.Id, Invisibility + TimeSpan.FromSeconds(1)));
        var current = Claim("default")!;

        _writer.Execute(context => QueueWrites.Remove(context, abandoned.Id, abandoned.FetchToken!));

        Assert.NotNull(_database.QueueItems.FindById(current.Id));
    }

    [Fact]
    public void Requeue_FetchedItem_BackInFrontOfLaterJobs()
    {
        Enqueue("default", 1, 2);
        var fetched = Claim("default")!;

        _writer.Execute(context => QueueWrites.Requeue(context, fetched.Id, fetched.FetchToken!));

        Assert.Equal(1, Claim("default")!.JobId);
    }

    [Fact]
    public void Claim_QueuesInOrder_FirstQueueWithWorkWins()
    {
        Enqueue("low", 1);
        Enqueue("critical", 2);

        var claimed = _writer.Execute(context => QueueWrites.Claim(context, ["critical", "low"], Invisibility, _ => false), waitsForDurability: false);

        Assert.Equal(2, claimed!.JobId);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _database.Dispose();
        _scratch.Dispose();
    }

    private static void AgeFetch(WriteContext context, long itemId, TimeSpan age)
    {
        var item = context.Database.QueueItems.FindById(itemId);
        item.FetchedAt = context.NowTicks - age.Ticks;
        item.Slot = QueueSlots.Fetched(item.Queue, item.FetchedAt.Value, item.Id);
        context.Database.QueueItems.Update(item);
    }

    private void Enqueue(string queue, params long[] jobIds)
    {
        foreach (var jobId in jobIds)
        {
            _writer.Execute(context => QueueWrites.Enqueue(context, queue, jobId));
        }
    }

    private QueueItemDocument? Claim(string queue) =>
        _writer.Execute(context => QueueWrites.Claim(context, [queue], Invisibility, _ => false), waitsForDurability: false);
}
