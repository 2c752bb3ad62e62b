using System.Diagnostics;
using Dashboard.Host.Configuration;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Calls a collector's plugin behind a timeout and an exception fence: whatever the plugin does,
/// the caller gets an outcome, never an exception, and only samples of declared metrics with finite values.
/// </summary>
public sealed class CollectionRunner(PluginCatalog plugins, IOptions<DashboardOptions> options, ILoggerFactory loggerFactory)
{
    public async Task<CollectionOutcome> RunAsync(Collector collector, TimeProvider time, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var plugin = plugins.Find(collector.PluginId);
        if (plugin is not { IsActive: true })
        {
            return Failed($"Plugin '{collector.PluginId}' is not available: {plugin?.Reason ?? "it is not installed."}");
        }

        object settings;
        try
        {
            settings = PluginSettingsBinder.Bind(plugin.Instance!.SettingsType, collector.SettingsJson);
        }
        catch (PluginSettingsException exception)
        {
            return Failed($"Stored settings no longer fit plugin '{plugin.Id}': {exception.Message}");
        }

        var timeout = collector.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Value.DefaultCollectionTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var logger = loggerFactory.CreateLogger($"Dashboard.Plugins.{plugin.Id}");
        var context = new CollectContext(collector.Id, settings, time, logger);
        try
        {
            // WaitAsync also abandons a plugin that ignores its cancellation token.
            var samples = await ((IScheduledCollector)plugin.Instance).CollectAsync(context, timeoutSource.Token).WaitAsync(timeoutSource.Token);
            return SampleChecker.Check(collector, plugin.Metrics, samples, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed($"Plugin '{plugin.Id}' did not finish within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Collector {CollectorId} failed in plugin {PluginId}", collector.Id, plugin.Id);
            return Failed($"Plugin '{plugin.Id}' failed: {exception.GetType().Name}: {exception.Message}");
        }

        CollectionOutcome Failed(string error) => new([], error, stopwatch.Elapsed);
    }
}
