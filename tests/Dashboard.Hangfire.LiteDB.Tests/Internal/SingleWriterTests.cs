using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Xunit;

namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

public sealed class SingleWriterTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly ScratchDatabase _scratch = new();
    private readonly StorageDatabase _database;
    private readonly SingleWriter _writer;

    public SingleWriterTests()
    {
        _database = new StorageDatabase(_scratch.FilePath, syncLogOnEveryCommit: false);
        _writer = new SingleWriter(_database, new LiteDbStorageOptions());
    }

    [Fact]
    public async Task Execute_WritesSubmittedWhileWriterBusy_CommittedTogether()
    {
        using var writerBusy = new ManualResetEventSlim();
        var blocker = Task.Run(() => _writer.Execute(_ => writerBusy.Wait(Timeout)));
        await WaitUntil(() => _writer.CommitCount == 1);
        var writes = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => _writer.Execute(context => context.Database.Counters.Insert(new CounterDocument { Id = "c" + i, Value = i }))))
            .ToArray();
        await WaitUntil(() => _writer.PendingCount >= 20);

        writerBusy.Set();
        await Task.WhenAll(writes).WaitAsync(Timeout);
        await blocker.WaitAsync(Timeout);

        Assert.Equal(2, _writer.CommitCount);
        Assert.Equal(20, _database.Counters.Count());
    }

    [Fact]
    public async Task Execute_OneWriteOfAGroupThrows_OnlyThatCallerFailsAndOthersCommit()
    {
        using var writerBusy = new ManualResetEventSlim();
        var blocker = Task.Run(() => _writer.Execute(_ => writerBusy.Wait(Timeout)));
        await WaitUntil(() => _writer.CommitCount == 1);
        var good = Task.Run(() => _writer.Execute(context => context.Database.Counters.Insert(new CounterDocument { Id = "good", Value = 1 })));
        var bad = Task.Run(() => _writer.Execute(context =>
        {
            context.Database.Counters.Insert(new CounterDocument { Id = "half-done", Value = 1 });
            throw new InvalidOperationException("boom");
        }));
        await WaitUntil(() => _writer.PendingCount >= 2);

        writerBusy.Set();

        await good.WaitAsync(Timeout);
        await Assert.ThrowsAsync<InvalidOperationException>(() => bad.WaitAsync(Timeout));
        await blocker.WaitAsync(Timeout);
        Assert.NotNull(_database.Counters.FindById("good"));
        Assert.Null(_database.Counters.FindById("half-done"));
    }

    [Fact]
    public async Task Execute_ReadersRunDuringCommits_SeeOnlyWholeTransactions()
    {
        using var stop = new CancellationTokenSource();
        var observedCounts = new System.Collections.Concurrent.ConcurrentBag<int>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                observedCounts.Add(_database.Counters.Count());
            }
        })).ToArray();

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                var pair = $"{writer}-{i}";
                _writer.Execute(context =>
                {
                    context.Database.Counters.Insert(new CounterDocument { Id = pair + "-a", Value = 1 });
                    context.Database.Counters.Insert(new CounterDocument { Id = pair + "-b", Value = 1 });
                });
            }
        })).ToArray();
        await Task.WhenAll(writers).WaitAsync(Timeout);
        await stop.CancelAsync();
        await Task.WhenAll(readers).WaitAsync(Timeout);

        Assert.Equal(400, _database.Counters.Count());
        Assert.All(observedCounts, count => Assert.Equal(0, count % 2));
    }

    [Fact]
    public void Execute_AfterDispose_ThrowsObjectDisposed()
    {
        _writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _writer.Execute(_ => { }));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _database.Dispose();
        _scratch.Dispose();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(10);
        }
    }
}
