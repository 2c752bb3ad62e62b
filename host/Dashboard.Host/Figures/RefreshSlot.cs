namespace Dashboard.Host.Figures;

/// <summary>
/// One collector's place in the refresher: whether a request is waiting, when the next recomputation may start, and a
/// gate so that two recomputations of one collector never overlap (a later one must never be overwritten by an earlier).
/// </summary>
internal sealed class RefreshSlot
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _queued;

    /// <summary>Read and written only by the refresher's loop.</summary>
    public DateTimeOffset NotBefore { get; set; }

    /// <summary>True when this request is the one to queue; false when one is already waiting.</summary>
    public bool TryQueue() => Interlocked.Exchange(ref _queued, 1) == 0;

    /// <summary>From now on a new request queues another pass, so a change during a recomputation is never missed.</summary>
    public void Dequeue() => Volatile.Write(ref _queued, 0);

    public async Task<T> RunAloneAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }
}
