using Dashboard.Host.Collectors;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Host.Records;
using Dashboard.Sdk;

namespace Dashboard.Host.Figures;

/// <summary>
/// Computes a collector's figures at one instant over each of its windows from the stored records, checks them, stores
/// them as samples and pushes them to the dashboards that show them. A failed computation stores nothing, is recorded on the collector and shown on
/// the wall until one succeeds; it never throws for what the plugin does.
/// </summary>
public sealed class FigureComputer(
    CollectorPluginBinder binder,
    IRecordStore records,
    IMetricStore store,
    CollectorRepository collectors,
    LivePublisher live,
    TimeProvider time,
    ILogger<FigureComputer> logger)
{
    public async Task<FigureOutcome> ComputeAsync(Collector collector, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Figures are for whole seconds, as they are stored: two computations in one second see the same window and
        // give the same figures, so the second one replaces the first with the same values.
        at = FigureSamples.StoredAt(at);
        using var plugin = binder.TryBind(collector, new FixedTimeProvider(at), null, out var unavailable);
        if (plugin is null)
        {
            // The wall already says the plugin is unavailable; the run records why.
            return new FigureOutcome(0, unavailable);
        }

        if (plugin.Instance is not IFigureCalculator calculator)
        {
            return FigureOutcome.Nothing;
        }

        var samples = new List<QualifiedSample>();
        var windowId = "";
        try
        {
            var historyNeeded = await PluginCall.Run(() => calculator.HistoryNeeded, plugin.Timeout, cancellationToken);
            var windows = collector.WindowSpecs().Select(spec => spec.At(at, plugin.Context.TimeZone)).ToList();

            // One read for the widest window; the narrower ones are its subsets, as the store itself would filter them.
            var widest = records.ReadOverlapping(collector.Id, windows.Min(window => window.From) - historyNeeded, at);
            foreach (var window in windows)
            {
                windowId = window.Id;
                var overlapping = widest.Where(record => RecordRules.Overlaps(record, window.From - historyNeeded, window.To)).ToList();
                var figures = await PluginCall.Run(() => calculator.Compute(plugin.Context, window, overlapping), plugin.Timeout, cancellationToken);
                var problems = FigureRules.Check(plugin.Plugin.Metrics, figures).Concat(FigureSamples.ReservedDimensionProblems(figures ?? [])).ToList();
                if (problems.Count > 0)
                {
                    return await FailAsync(collector, $"Plugin '{plugin.Id}' returned figures for window '{window.Id}' that break the rules, so none were stored: {string.Join(" ", problems.Take(5))}");
                }

                samples.AddRange(figures!.Select(figure => FigureSamples.ToSample(collector.Id, window, figure)));
            }
        }
        catch (PluginTimeoutException exception)
        {
            return await FailAsync(collector, $"Plugin '{plugin.Id}' computing figures for window '{windowId}' {exception.Message}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Figures of collector {CollectorId} failed in plugin {PluginId}", collector.Id, plugin.Id);
            return await FailAsync(collector, $"Plugin '{plugin.Id}' failed computing figures for window '{windowId}': {plugin.Describe(exception)}");
        }

        var newest = await store.StoreAsync(samples, cancellationToken);
        await SetFigureErrorAsync(collector, null);
        await live.PublishFiguresAsync(collector.Id, newest);
        logger.LogDebug("Figures of collector {CollectorId} at {At:O}: {FigureCount} stored", collector.Id, at, samples.Count);
        return new FigureOutcome(samples.Count, null);
    }

    private async Task<FigureOutcome> FailAsync(Collector collector, string error)
    {
        await SetFigureErrorAsync(collector, error);
        return new FigureOutcome(0, error);
    }

    private async Task SetFigureErrorAsync(Collector collector, string? error)
    {
        if (error is null && collectors.FindRun(collector.Id)?.FigureError is null)
        {
            return;
        }

        var (before, after) = await collectors.UpdateRunAsync(collector.Id, run => run.FigureError = error);
        if (before != after)
        {
            await live.PublishCollectorStatusAsync(new CollectorStatus(collector.Id, time.GetUtcNow(), after));
        }
    }
}
