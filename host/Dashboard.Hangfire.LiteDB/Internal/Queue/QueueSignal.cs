namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>
/// Wakes fetchers when a job becomes available. A fetcher takes the current generation's task before it looks at
/// the queue, so an enqueue committed between its look and its wait still wakes it.
/// </summary>
internal sealed class QueueSignal
{
    private TaskCompletionSource _current = NewGeneration();

    public Task Current => Volatile.Read(ref _current).Task;

    public void Pulse() => Interlocked.Exchange(ref _current, NewGeneration()).TrySetResult();

    private static TaskCompletionSource NewGeneration() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
