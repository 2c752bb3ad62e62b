using System.Runtime.ExceptionServices;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>A unit of work for the single writer: applied inside a group transaction, completed after its commit.</summary>
internal sealed class WriteCommand
{
    private readonly Func<WriteContext, object?> _apply;

    // No spinning: a dozen callers spinning while they wait would take the CPU the writer needs to finish their commit.
    private readonly ManualResetEventSlim _completed = new(initialState: false, spinCount: 0);
    private Exception? _error;
    private int _isCompleted;

    public WriteCommand(Func<WriteContext, object?> apply, bool waitsForDurability, bool hasWaiter)
    {
        _apply = apply;
        WaitsForDurability = waitsForDurability;
        HasWaiter = hasWaiter;
    }

    /// <summary>False for work whose loss in a crash is harmless (a fetch mark, a keep-alive): its caller continues after the commit, before the disk write.</summary>
    public bool WaitsForDurability { get; }

    /// <summary>False for fire-and-forget writes: nobody waits, so nothing is signalled.</summary>
    public bool HasWaiter { get; }

    public object? Result { get; private set; }

    public object? Apply(WriteContext context) => Result = _apply(context);

    public void Succeed() => Complete(null);

    public void Fail(Exception error) => Complete(error);

    /// <summary>Blocks until the writer completed this command; rethrows its failure.</summary>
    public object? Wait()
    {
        _completed.Wait();
        if (_error is not null)
        {
            ExceptionDispatchInfo.Capture(_error).Throw();
        }

        return Result;
    }

    private void Complete(Exception? error)
    {
        if (Interlocked.Exchange(ref _isCompleted, 1) != 0)
        {
            return;
        }

        _error = error;
        if (HasWaiter)
        {
            _completed.Set();
        }
    }
}
