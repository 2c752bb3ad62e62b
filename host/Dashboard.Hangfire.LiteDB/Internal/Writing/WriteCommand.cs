namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>A unit of work for the single writer: applied inside a group transaction, completed after its commit.</summary>
internal sealed class WriteCommand
{
    private readonly Func<WriteContext, object?> _apply;
    private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WriteCommand(Func<WriteContext, object?> apply, bool waitsForDurability)
    {
        _apply = apply;
        WaitsForDurability = waitsForDurability;
    }

    /// <summary>False for work whose loss in a crash is harmless (a fetch mark, a keep-alive): its caller continues after the commit, before the disk write.</summary>
    public bool WaitsForDurability { get; }

    public Task<object?> Completion => _completion.Task;

    public object? Result { get; private set; }

    public object? Apply(WriteContext context) => Result = _apply(context);

    public void Succeed() => _completion.TrySetResult(Result);

    public void Fail(Exception error) => _completion.TrySetException(error);
}
