using Dashboard.Host.Figures;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Records;
using Hangfire;

namespace Dashboard.Host.Collectors;

/// <summary>
/// The Hangfire job behind every collector. It is a host type on purpose: Hangfire finds job types by
/// assembly-qualified name, which fails for types in a plugin's load context (HangfireIO/Hangfire#470).
/// </summary>
public sealed class CollectJob(
    CollectorRepository collectors,
    CollectionRunner runner,
    IMetricStore store,
    IRecordStore records,
    FigureRefresher figures,
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
        RecordWriteResult? written = null;
        var figureCount = 0;
        if (outcome.Succeeded)
        {
            if (outcome.Batch is { } batch)
            {
                written = await records.ApplyAsync(collector.Id, batch.Updates, batch.Checkpoint, cancellationToken);
            }
            else if (outcome.Samples.Count > 0)
            {
                newest = await store.StoreAsync(outcome.Samples, cancellationToken);
            }

            // Every tick recomputes, even without new records: windows move with time. A failed read does not, so the
            // last good figures stay, marked by their age.
            figureCount = (await figures.RefreshNowAsync(collector, cancellationToken)).Stored;
        }

        // Everything is stored before anything is pushed, so a wall or admin reacting to a push reads a consistent state.
        await RecordAsync(collector, startedAt, outcome, written, outcome.Samples.Count + figureCount, cancellationToken);

        // A plugin that returns samples has its wall tiles on the overall series.
        await live.PublishValuesAsync(newest.Where(sample => sample.IsOverall).ToList());
        if (!outcome.Succeeded)
        {
            throw new CollectionFailedException(collector.Id, outcome.Error!);
        }

        logger.LogInformation(
            "Collector {CollectorId} stored {SampleCount} samples and figures; records: {NewRecords} new, {UpdatedRecords} updated, {DuplicateRecords} unchanged; {SkippedLines} lines skipped; read in {DurationMs} ms",
            collector.Id, outcome.Samples.Count + figureCount, written?.New ?? 0, written?.Updated ?? 0, written?.Duplicate ?? 0, outcome.Batch?.Problems.Count ?? 0, (long)outcome.Duration.TotalMilliseconds);
    }

    private async Task RecordAsync(Collector collector, DateTimeOffset startedAt, CollectionOutcome outcome, RecordWriteResult? written, int storedCount, CancellationToken cancellationToken)
    {
        var problems = outcome.Batch?.Problems ?? [];
        var (before, after) = await collectors.UpdateRunAsync(collector.Id, run =>
        {
            run.LastRunUtcTicks = startedAt.UtcTicks;
            run.LastSuccessUtcTicks = outcome.Succeeded ? startedAt.UtcTicks : run.LastSuccessUtcTicks;
            run.LastError = outcome.Error;
            run.LastSampleCount = storedCount;
            run.LastDurationMilliseconds = (long)outcome.Duration.TotalMilliseconds;
            run.RecordsNew = written?.New ?? 0;
            run.RecordsUpdated = written?.Updated ?? 0;
            run.RecordsDuplicate = written?.Duplicate ?? 0;
            run.LinesSkipped = problems.Count;
            run.Problems = problems.Take(CollectorRun.MaxProblemsKept).Select(problem => problem.ToString()).ToList();
        }, cancellationToken);
        if (before != after || !outcome.Succeeded)
        {
            await live.PublishCollectorStatusAsync(new CollectorStatus(collector.Id, startedAt, after));
        }
    }
}
