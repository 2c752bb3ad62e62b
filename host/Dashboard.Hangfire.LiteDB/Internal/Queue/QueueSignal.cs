namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>
/// Wakes fetchers when a job becomes available. A fetcher reads the generation before it looks at the queue and
/// waits only while the generation is unchanged, so an enqueue committed between its look and its wait still wakes it.
/// Monitor-based: waiting fetchers do not spin.
/// </summary>
internal sealed class QueueSignal
{
    private readonly object _sync = new();
    private long _generation;

    public long Generation
    {
        get
        {
            lock (_sync)
            {
                return _generation;
            }
        }
    }

    public void Pulse()
    {
        lock (_sync)
        {
            _generation++;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Waits until the generation moves past <paramref name="seen"/>, the timeout passes or the token is cancelled (which throws).</summary>
    public void Wait(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(Pulse);
        var deadline = DateTime.UtcNow + timeout;
        lock (_sync)
        {
            while (_generation == seen && !cancellationToken.IsCancellationRequested)
            {
                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero)
                {
                    break;
                }

                Monitor.Wait(_sync, remaining);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
