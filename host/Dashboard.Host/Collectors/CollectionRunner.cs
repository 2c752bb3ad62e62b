using System.Diagnostics;
using Dashboard.Host.Plugins;
using Dashboard.Host.Records;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Calls a collector's plugin for a scheduled run, off the caller's thread behind the collector's timeout and an
/// exception fence: whatever the plugin does, the caller gets an outcome, never an exception, and only checked output.
/// A record reader reads from the collector's checkpoint; a plugin that returns samples is called as before.
/// </summary>
public sealed class CollectionRunner(CollectorPluginBinder binder, IRecordStore records, ILogger<CollectionRunner> logger)
{
    public async Task<CollectionOutcome> RunAsync(Collector collector, TimeProvider time, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var plugin = binder.TryBind(collector, time, records.GetCheckpoint(collector.Id), out var error);
        if (plugin is null)
        {
            return new CollectionOutcome([], error, stopwatch.Elapsed);
        }

        var outcome = await CallAsync(collector, plugin, stopwatch, cancellationToken);
        return outcome with { Warnings = [.. plugin.Log.Warnings, .. (outcome.Batch?.Problems ?? []).Select(problem => problem.ToString())] };
    }

    private async Task<CollectionOutcome> CallAsync(Collector collector, BoundPlugin plugin, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        try
        {
            return plugin.Instance switch
            {
                IRecordReader reader => CheckBatch(plugin, await PluginCall.RunAsync(token => reader.ReadAsync(plugin.Context, token), plugin.Timeout, cancellationToken)),
                IScheduledCollector sampler => SampleChecker.Check(collector, plugin.Plugin.Metrics, await PluginCall.RunAsync(token => sampler.CollectAsync(plugin.Context, token), plugin.Timeout, cancellationToken), stopwatch.Elapsed),
                _ => new CollectionOutcome([], null, stopwatch.Elapsed),
            };
        }
        catch (PluginTimeoutException exception)
        {
            ReportWhenAbandonedCallReturns(collector, plugin, exception, stopwatch);
            return Failed($"Plugin '{plugin.Id}' {exception.Message}.");
        }
        catch (InputException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"Plugin '{plugin.Id}' could not read its input: {exception.Problem}");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Collector {CollectorId} failed in plugin {PluginId}", collector.Id, plugin.Id);
            var error = plugin.Describe(exception);
            return Failed($"Plugin '{plugin.Id}' failed: {error}") with { PluginError = error };
        }

        CollectionOutcome CheckBatch(BoundPlugin bound, RecordBatch? batch)
        {
            var problems = RecordRules.CheckBatch(batch);
            return problems.Count == 0
                ? new CollectionOutcome([], null, stopwatch.Elapsed) { Batch = batch }
                : Failed($"Plugin '{bound.Id}' returned records that break the rules, so none were stored: {string.Join(" ", problems.Take(5))}");
        }

        CollectionOutcome Failed(string reason) => new([], reason, stopwatch.Elapsed);
    }

    // A plugin stuck on a hung share may come back minutes later; say so, since nothing else will.
    private void ReportWhenAbandonedCallReturns(Collector collector, BoundPlugin plugin, PluginTimeoutException exception, Stopwatch stopwatch) =>
        exception.Abandoned.ContinueWith(
            _ => logger.LogWarning(
                "Collector {CollectorId}: plugin {PluginId} returned after {ElapsedSeconds:0.0} s, past its {TimeoutSeconds:0.#} s limit; its result was discarded",
                collector.Id, plugin.Id, stopwatch.Elapsed.TotalSeconds, exception.Timeout.TotalSeconds),
            TaskScheduler.Default);
}
