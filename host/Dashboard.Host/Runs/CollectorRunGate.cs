using System.Collections.Concurrent;

namespace Dashboard.Host.Runs;

/// <summary>
/// At most one run per collector at a time in this host. A trigger that finds its collector's previous run still going
/// skips rather than waits (Hangfire's DisableConcurrentExecution waits, piling up runs behind a slow one). The gate is
/// taken in the job and released in its finally, so a Hangfire retry or a run-now meets the same rule.
/// </summary>
public sealed class CollectorRunGate
{
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    /// <summary>A handle that releases the collector on dispose, or null when a run of it is already going.</summary>
    public IDisposable? TryEnter(string collectorId) =>
        _running.TryAdd(collectorId, 0) ? new Release(this, collectorId) : null;

    private sealed class Release(CollectorRunGate gate, string collectorId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._running.TryRemove(collectorId, out _);
            }
        }
    }
}
