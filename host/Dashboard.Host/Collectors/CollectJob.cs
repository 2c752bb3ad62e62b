using Dashboard.Host.Figures;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Host.Records;
using Dashboard.Host.Runs;
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
    RunHistoryStore history,
    CollectorRunGate gate,
    PluginCatalog plugins,
    TimeProvider time,
    ILogger<CollectJob> logger)
{
    public const string SkippedReason = "skipped: previous run still going";

    /// <summary>A scheduled trigger: skipped while the collector backs off after repeated failures (<see cref="CollectorBackoff"/>).</summary>
    // A failed collection is recorded and shown; the next scheduled run is the retry.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Collect {0}")]
    public Task RunAsync(string collectorId, CancellationToken cancellationToken) => CollectAsync(collectorId, respectBackoff: true, cancellationToken);

    /// <summary>An admin's "run now": runs even while the collector backs off, so a fixed source can be tried at once.</summary>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Collect {0} now")]
    public Task RunNowAsync(string collectorId, CancellationToken cancellationToken) => CollectAsync(collectorId, respectBackoff: false, cancellationToken);

    private async Task CollectAsync(string collectorId, bool respectBackoff, CancellationToken cancellationToken)
    {
        var collector = collectors.Find(collectorId);
        if (collector is null)
        {
            logger.LogWarning("Collector {CollectorId} no longer exists; nothing collected", collectorId);
            return;
        }

        var startedAt = time.GetUtcNow();
        using var running = gate.TryEnter(collector.Id);
        if (running is null)
        {
            await history.AddAsync(new RunHistoryEntry { CollectorId = collector.Id, StartedUtcTicks = startedAt.UtcTicks, Outcome = RunOutcome.Skipped, Error = SkippedReason }, cancellationToken);
            logger.LogInformation("Collector {CollectorId} skipped a run: its previous run is still going", collector.Id);
            return;
        }

        if (await SkipAsync(collector, startedAt, respectBackoff, cancellationToken))
        {
            return;
        }

        logger.LogDebug("Collector {CollectorId} run started", collector.Id);
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

        await live.PublishFiguresAsync(collector.Id, newest);
        if (!outcome.Succeeded)
        {
            throw new CollectionFailedException(collector.Id, outcome.Error!);
        }

        logger.LogInformation(
            "Collector {CollectorId} stored {SampleCount} samples and figures; records: {NewRecords} new, {UpdatedRecords} updated, {DuplicateRecords} unchanged; {SkippedLines} lines skipped; read in {DurationMs} ms",
            collector.Id, outcome.Samples.Count + figureCount, written?.New ?? 0, written?.Updated ?? 0, written?.Duplicate ?? 0, outcome.Batch?.Problems.Count ?? 0, (long)outcome.Duration.TotalMilliseconds);
    }

    // A removed plugin is not the source failing: the collector waits for it without backing off.
    private async Task<bool> SkipAsync(Collector collector, DateTimeOffset startedAt, bool respectBackoff, CancellationToken cancellationToken)
    {
        string reason;
        if (plugins.Find(collector.PluginId) is { Status: PluginStatus.Removed } removed)
        {
            reason = $"Plugin '{collector.PluginId}' is not available: {removed.Reason}";
            var (before, after) = await collectors.UpdateRunAsync(collector.Id, run =>
            {
                run.LastRunUtcTicks = startedAt.UtcTicks;
                run.LastError = reason;
                run.PluginRemoved = true;
            }, cancellationToken);
            if (before != after)
            {
                await live.PublishCollectorStatusAsync(new CollectorStatus(collector.Id, startedAt, after));
            }
        }
        else if (respectBackoff && CollectorBackoff.Describe(collectors.FindRun(collector.Id), collector.FindTimeZone(), startedAt) is { } backingOff)
        {
            reason = backingOff;
        }
        else
        {
            return false;
        }

        await history.AddAsync(new RunHistoryEntry { CollectorId = collector.Id, StartedUtcTicks = startedAt.UtcTicks, Outcome = RunOutcome.Skipped, Error = reason }, cancellationToken);
        logger.LogInformation("Collector {CollectorId} run recorded: Skipped ({Reason})", collector.Id, reason);
        return true;
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
            run.Warnings = outcome.Warnings.Take(CollectorRun.MaxProblemsKept).ToList();
            run.PluginRemoved = false;
            run.ConsecutiveFailures = outcome.Succeeded ? 0 : run.ConsecutiveFailures + 1;
            run.BackoffUntilUtcTicks = CollectorBackoff.Until(startedAt, run.ConsecutiveFailures)?.UtcTicks;
        }, cancellationToken);
        await history.AddAsync(new RunHistoryEntry
        {
            CollectorId = collector.Id,
            StartedUtcTicks = startedAt.UtcTicks,
            DurationMilliseconds = (long)outcome.Duration.TotalMilliseconds,
            Outcome = outcome.Succeeded ? RunOutcome.Succeeded : RunOutcome.Failed,
            RecordsNew = written?.New ?? 0,
            RecordsUpdated = written?.Updated ?? 0,
            RecordsUnchanged = written?.Duplicate ?? 0,
            SamplesWritten = storedCount,
            LinesSkipped = problems.Count,
            Error = outcome.Error,
            Problems = problems.Take(RunHistoryEntry.MaxProblemsKept).Select(problem => problem.ToString()).ToList(),
            Warnings = outcome.Warnings.Take(RunHistoryEntry.MaxProblemsKept).ToList(),
        }, cancellationToken);
        logger.LogDebug("Collector {CollectorId} run recorded: {Outcome}", collector.Id, outcome.Succeeded ? RunOutcome.Succeeded : RunOutcome.Failed);
        if (before != after || !outcome.Succeeded)
        {
            await live.PublishCollectorStatusAsync(new CollectorStatus(collector.Id, startedAt, after));
        }
    }
}
