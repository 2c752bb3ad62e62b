using System.Collections.Concurrent;
using System.Threading.Channels;
using Dashboard.Host.Collectors;

namespace Dashboard.Host.Figures;

/// <summary>
/// Keeps figures in step with records. Requests for a collector coalesce: while one waits, more add nothing, and a
/// collector is recomputed at most once per <see cref="MinimumInterval"/>, so a burst of pushes costs one or two
/// recomputations. Recomputations of one collector never overlap; different collectors' run side by side. Nothing a
/// plugin or the store does stops the loop.
/// </summary>
public sealed class FigureRefresher(FigureComputer computer, CollectorRepository collectors, TimeProvider time, ILogger<FigureRefresher> logger)
    : BackgroundService, IFigureRefresher
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _due = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, RefreshSlot> _slots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly SemaphoreSlim _parallel = new(Math.Max(2, Environment.ProcessorCount));

    public void RequestRefresh(string collectorId)
    {
        if (Slot(collectorId).TryQueue())
        {
            _due.Writer.TryWrite(collectorId);
        }
    }

    /// <summary>Recomputes now, after any recomputation of the collector under way (a scheduled tick: windows move with time).</summary>
    public Task<FigureOutcome> RefreshNowAsync(Collector collector, CancellationToken cancellationToken) =>
        Slot(collector.Id).RunAloneAsync(() => computer.ComputeAsync(collector, time.GetUtcNow(), cancellationToken), cancellationToken);

    /// <summary>
    /// Computes and stores the figures as they were at <paramref name="at"/>, e.g. to backfill history; they become a
    /// series' last value only when newer than it.
    /// </summary>
    public Task<FigureOutcome> ComputeAtAsync(Collector collector, DateTimeOffset at, CancellationToken cancellationToken) =>
        Slot(collector.Id).RunAloneAsync(() => computer.ComputeAsync(collector, at, cancellationToken), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var collectorId in _due.Reader.ReadAllAsync(stoppingToken))
            {
                var slot = Slot(collectorId);
                var wait = slot.NotBefore - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    Track(RequeueAfterAsync(collectorId, wait, stoppingToken));
                    continue;
                }

                slot.Dequeue();
                slot.NotBefore = time.GetUtcNow() + MinimumInterval;
                Track(RefreshQueuedAsync(collectorId, slot, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is under way finishes or observes the same token.
        }

        await Task.WhenAll(_running.Keys);
    }

    private async Task RefreshQueuedAsync(string collectorId, RefreshSlot slot, CancellationToken stoppingToken)
    {
        try
        {
            await _parallel.WaitAsync(stoppingToken);
            try
            {
                if (collectors.Find(collectorId) is { } collector)
                {
                    await slot.RunAloneAsync(() => computer.ComputeAsync(collector, time.GetUtcNow(), stoppingToken), stoppingToken);
                }
            }
            finally
            {
                _parallel.Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Figures of collector {CollectorId} could not be refreshed; the next change or run tries again", collectorId);
        }
    }

    private async Task RequeueAfterAsync(string collectorId, TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            var delay = Task.Delay(wait, time, stoppingToken);
            logger.LogDebug("Figures of collector {CollectorId} were computed less than {Interval} ago; next in {Wait}", collectorId, MinimumInterval, wait);
            await delay;
            _due.Writer.TryWrite(collectorId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Track(Task task)
    {
        _running[task] = 0;
        task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private RefreshSlot Slot(string collectorId) => _slots.GetOrAdd(collectorId, _ => new RefreshSlot());

    public override void Dispose()
    {
        _parallel.Dispose();
        base.Dispose();
    }
}
