using System.Collections.Concurrent;
using Dashboard.Hangfire.LiteDB.Internal.Database;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>
/// The only code that writes to the database (LiteDB 5.0.20 corrupts its file under concurrent writers).
/// One thread drains the submitted commands, applies everything waiting as one LiteDB transaction, makes it
/// durable once, then completes every caller of the group: group commit.
/// </summary>
internal sealed class SingleWriter : IDisposable
{
    private readonly StorageDatabase _database;
    private readonly LiteDbStorageOptions _options;
    private readonly BlockingCollection<WriteCommand> _pending = new();
    private readonly WriterState _state;
    private readonly Thread _thread;
    private long _commitCount;
    private int _disposed;

    public SingleWriter(StorageDatabase database, LiteDbStorageOptions options)
    {
        _database = database;
        _options = options;
        _state = new WriterState(database);
        _thread = new Thread(Run) { IsBackground = true, Name = "Hangfire LiteDB writer" };
        _thread.Start();
    }

    /// <summary>Raised on the writer thread after a commit that made a queued job available; handlers must be quick.</summary>
    public event Action? QueueChanged;

    /// <summary>How many group commits the writer has made.</summary>
    public long CommitCount => Interlocked.Read(ref _commitCount);

    /// <summary>How many submitted writes wait for the writer.</summary>
    public int PendingCount => _pending.Count;

    public T Execute<T>(Func<WriteContext, T> apply, bool waitsForDurability = true)
    {
        var command = Submit(context => apply(context), waitsForDurability, hasWaiter: true);
        return (T)command.Wait()!;
    }

    public void Execute(Action<WriteContext> apply, bool waitsForDurability = true)
    {
        var command = Submit(context => { apply(context); return null; }, waitsForDurability, hasWaiter: true);
        command.Wait();
    }

    /// <summary>Queues a write without waiting for it (keep-alives, lock records): a failure is dropped.</summary>
    public void Post(Action<WriteContext> apply) => Submit(context => { apply(context); return null; }, waitsForDurability: false, hasWaiter: false);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _pending.CompleteAdding();
        _thread.Join();
    }

    private WriteCommand Submit(Func<WriteContext, object?> apply, bool waitsForDurability, bool hasWaiter)
    {
        var command = new WriteCommand(apply, waitsForDurability, hasWaiter);
        try
        {
            _pending.Add(command);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(LiteDbJobStorage), "The LiteDB job storage has been disposed.");
        }

        return command;
    }

    private void Run()
    {
        var batch = new List<WriteCommand>(_options.MaxWritesPerCommit);
        foreach (var first in _pending.GetConsumingEnumerable())
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < _options.MaxWritesPerCommit && _pending.TryTake(out var next))
            {
                batch.Add(next);
            }

            try
            {
                CommitGroup(batch);
            }
            catch (Exception error)
            {
                // Commands already completed ignore this; the rest learn that their write is in doubt.
                batch.ForEach(command => command.Fail(error));
            }
        }
    }

    private void CommitGroup(List<WriteCommand> batch)
    {
        Interlocked.Increment(ref _commitCount);
        var errors = new Exception?[batch.Count];
        var queueChanged = false;
        var groupContext = new WriteContext(_database, _state, DateTime.UtcNow);
        if (TryApplyInOneTransaction(batch, groupContext))
        {
            Remember(groupContext, ref queueChanged);
        }
        else
        {
            // One command failed and took the group's transaction with it: give every command its own transaction,
            // so that one caller's bad write does not fail the others.
            for (var i = 0; i < batch.Count; i++)
            {
                var context = new WriteContext(_database, _state, DateTime.UtcNow);
                errors[i] = ApplyAlone(batch[i], context);
                if (errors[i] is null)
                {
                    Remember(context, ref queueChanged);
                }
            }
        }

        CompleteCommands(batch, errors, durable: false);
        Exception? durabilityError = null;
        try
        {
            _database.MakeCommittedDurable();
        }
        catch (Exception error)
        {
            durabilityError = error;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            errors[i] ??= durabilityError;
        }

        CompleteCommands(batch, errors, durable: true);
        if (queueChanged)
        {
            QueueChanged?.Invoke();
        }
    }

    private bool TryApplyInOneTransaction(List<WriteCommand> batch, WriteContext context)
    {
        _database.Database.BeginTrans();
        try
        {
            foreach (var command in batch)
            {
                command.Apply(context);
            }

            context.SaveChanges();
            _database.Database.Commit();
            return true;
        }
        catch (Exception)
        {
            _database.Database.Rollback();
            return false;
        }
    }

    private Exception? ApplyAlone(WriteCommand command, WriteContext context)
    {
        _database.Database.BeginTrans();
        try
        {
            command.Apply(context);
            context.SaveChanges();
            _database.Database.Commit();
            return null;
        }
        catch (Exception error)
        {
            _database.Database.Rollback();
            return error;
        }
    }

    private void Remember(WriteContext context, ref bool queueChanged)
    {
        foreach (var name in context.NewQueueNames)
        {
            _state.KnownQueues.Add(name);
        }

        queueChanged |= context.QueueChanged;
    }

    private static void CompleteCommands(List<WriteCommand> batch, Exception?[] errors, bool durable)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var command = batch[i];
            if (command.WaitsForDurability != durable)
            {
                continue;
            }

            if (errors[i] is { } error)
            {
                command.Fail(error);
            }
            else
            {
                command.Succeed();
            }
        }
    }
}
