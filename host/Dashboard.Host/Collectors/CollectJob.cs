using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Hangfire;

namespace Dashboard.Host.Collectors;

/// <summary>
/// The Hangfire job behind every collector. It is a host type on purpose: Hangfire finds job types by
/// assembly-qualified name, which fails for types in a plugin's load context (HangfireIO/Hangfire#470).
/// </summary>
public sealed class CollectJob(
    CollectorRepository collectors,
    CollectionRunner runner,
    MetricStore store,
    LivePublisher live,
    TimeProvider time,
    ILogger<CollectJob> logger)
{
    // A failed collection is recorded and shown; the next scheduled run is the retry.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Collect {0}")]
    public async Task RunAsync(string collectorId, CancellationToken cancellationToken)
    {
        var collector = collectors.Find(collectorId);
        if (collector is null)
        {
            logger.LogWarning("Collector {CollectorId} no longer exists; nothing collected", collectorId);
            return;
        }

        var startedAt = time.GetUtcNow();
        var outcome = await runner.RunAsync(collector, time, cancellationToken);
        IReadOnlyList<QualifiedSample> newest = [];
        if (outcome.Succeeded)
        {
            newest = await store.StoreAsync(outcome.Samples, cancellationToken);
        }

        // Everything is stored before anything is pushed, so a wall or admin reacting to a push reads a consistent state.
        await RecordAsync(collector, startedAt, outcome, cancellationToken);
        await live.PublishValuesAsync(newest);
        if (!outcome.Succeeded)
        {
            throw new CollectionFailedException(collector.Id, outcome.Error!);
        }

        logger.LogInformation("Collector {CollectorId} stored {SampleCount} samples in {DurationMs} ms", collector.Id, outcome.Samples.Count, (long)outcome.Duration.TotalMilliseconds);
    }

    private async Task RecordAsync(Collector collector, DateTimeOffset startedAt, CollectionOutcome outcome, CancellationToken cancellationToken)
    {
        var previous = collectors.FindRun(collector.Id);
        var run = new CollectorRun
        {
            Id = collector.Id,
            LastRunUtcTicks = startedAt.UtcTicks,
            LastSuccessUtcTicks = outcome.Succeeded ? startedAt.UtcTicks : previous?.LastSuccessUtcTicks,
            LastError = outcome.Error,
            LastSampleCount = outcome.Samples.Count,
            LastDurationMilliseconds = (long)outcome.Duration.TotalMilliseconds,
        };
        await collectors.SaveRunAsync(run, cancellationToken);
        if (previous?.LastError != run.LastError || !outcome.Succeeded)
        {
            await live.PublishCollectorStatusAsync(new CollectorStatus(collector.Id, startedAt, outcome.Error));
        }
    }
}
