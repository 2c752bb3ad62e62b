using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Xunit;

namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

public sealed class StorageDatabaseTests : IDisposable
{
    private readonly ScratchDatabase _scratch = new();

    [Fact]
    public void Constructor_PinnedLiteDb_ReachesLogQueueForDurableCommits()
    {
        using var database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);

        Assert.True(database.DrainsLogQueue, "LiteDB's internal log writer queue was not found: commits fall back to slow checkpoints.");
    }

    [Fact]
    public void MakeCommittedDurable_AfterCommit_LogFileHoldsThePages()
    {
        using var database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);
        var logLengthBefore = new FileInfo(StorageDatabase.LogPathOf(_scratch.FilePath)).Length;

        database.Database.BeginTrans();
        database.Counters.Insert(new CounterDocument { Id = "probe", Value = 1 });
        database.Database.Commit();
        database.MakeCommittedDurable();

        Assert.True(new FileInfo(StorageDatabase.LogPathOf(_scratch.FilePath)).Length > logLengthBefore);
    }

    [Fact]
    public void Constructor_SameFileOpenTwice_SecondFails()
    {
        using var first = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);

        Assert.ThrowsAny<IOException>(() => new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false));
    }

    [Fact]
    public void Constructor_NewFile_CreatesEveryCollectionBeforeAnyoneReadsIt()
    {
        using var database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);

        Assert.Equal(
            ["counters", "hashes", "jobs", "lists", "locks", "queue", "queues", "servers", "sets", "states"],
            database.Database.GetCollectionNames().Order(StringComparer.Ordinal));
        Assert.Equal(0, database.Servers.Count());
        Assert.Equal(0, database.QueueNames.Count());
    }

    [Fact]
    public void Sets_KeysDifferingOnlyInCase_AreDistinct()
    {
        using var database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);

        database.Counters.Insert(new CounterDocument { Id = "Key", Value = 1 });
        database.Counters.Insert(new CounterDocument { Id = "key", Value = 2 });

        Assert.Equal(1, database.Counters.FindById("Key").Value);
        Assert.Equal(2, database.Counters.FindById("key").Value);
    }

    public void Dispose() => _scratch.Dispose();
}
