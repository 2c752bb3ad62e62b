using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// On a data folder without collectors, adds one demo collector per built-in plugin and fills the last hours of
/// history, so a fresh start shows a living wall at once. A record plugin reads once (its demo source produces the
/// last hours from an empty checkpoint) and its figures are then computed at past instants; a plugin that returns
/// samples itself is asked what it would have collected at those instants.
/// </summary>
public sealed class DemoCollectorSeeder(
    CollectorRepository collectors,
    CollectorValidator validator,
    PluginCatalog plugins,
    CollectJob job,
    CollectionRunner runner,
    IMetricStore store,
    FigureRefresher figures,
    TimeProvider time,
    ILogger<DemoCollectorSeeder> logger)
{
    public const string DemoCron = "*/30 * * * * *";

    private const string DemoTimeZone = "Europe/Helsinki";

    private static readonly TimeSpan BackfillWindow = TimeSpan.FromHours(6);

    private static readonly TimeSpan BackfillStep = TimeSpan.FromMinutes(10);

    private static readonly (string Id, string Name, string PluginId)[] Demos =
    [
        ("demo-queues", "Service points (demo)", "queue-times"),
        ("demo-feedback", "Customer feedback (demo)", "feedback"),
        ("demo-complaints", "Complaints (demo)", "complaint-trends"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (collectors.GetAll().Count > 0)
        {
            await ResetOutdatedDemoSettingsAsync(cancellationToken);
            return;
        }

        foreach (var (id, name, pluginId) in Demos)
        {
            var validation = validator.Validate(new CollectorRequest(id, name, pluginId, null, DemoCron, null, true, null), id);
            if (!validation.IsValid)
            {
                logger.LogWarning("Demo collector {CollectorId} skipped: {Errors}", id, string.Join("; ", validation.Errors.SelectMany(error => error.Value)));
                continue;
            }

            var collector = validation.Collector!;
            collector.CreatedUtc = collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            await collectors.TryInsertAsync(collector, cancellationToken);
            if (plugins.Find(pluginId)?.Instance is IFigureCalculator)
            {
                await ReadOnceAndBackfillFiguresAsync(collector, cancellationToken);
            }
            else
            {
                await BackfillSamplesAsync(collector, cancellationToken);
            }

            logger.LogInformation("Demo collector {CollectorId} added with {Hours} h of history", id, BackfillWindow.TotalHours);
        }
    }

    /// <summary>
    /// A data folder from before the plugins read real formats holds demo collectors whose settings the plugins now
    /// refuse (the demo's generated values had settings of their own); they get the plugin's defaults, so the demo
    /// keeps running. Collectors an admin made are never touched.
    /// </summary>
    private async Task ResetOutdatedDemoSettingsAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, _, pluginId) in Demos)
        {
            if (collectors.Find(id) is not { } collector || collector.PluginId != pluginId || plugins.Find(pluginId) is not { IsActive: true } plugin)
            {
                continue;
            }

            try
            {
                PluginSettingsBinder.Bind(plugin.Instance!.SettingsType, collector.SettingsJson);
            }
            catch (PluginSettingsException exception)
            {
                var defaults = PluginSettingsBinder.Bind(plugin.Instance!.SettingsType, "{}");
                collector.SettingsJson = System.Text.Json.JsonSerializer.Serialize(defaults, defaults.GetType(), PluginSettingsBinder.SerializerOptions);

                // The old demo kept its opening hours in its own Helsinki setting; the collector's zone now does that.
                collector.TimeZone = DemoTimeZone;
                collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
                await collectors.TryUpdateAsync(collector, cancellationToken);
                logger.LogInformation("Demo collector {CollectorId} had settings from an older version ({Problem}); it now uses the plugin's defaults", id, exception.Errors.FirstOrDefault()?.ToString());
            }
        }
    }

    private async Task ReadOnceAndBackfillFiguresAsync(Collector collector, CancellationToken cancellationToken)
    {
        try
        {
            await job.RunAsync(collector.Id, cancellationToken);
        }
        catch (CollectionFailedException exception)
        {
            logger.LogWarning("Demo collector {CollectorId} could not read its demo source: {Reason}", collector.Id, exception.Message);
            return;
        }

        foreach (var at in BackfillInstants())
        {
            await figures.ComputeAtAsync(collector, at, cancellationToken);
        }
    }

    private async Task BackfillSamplesAsync(Collector collector, CancellationToken cancellationToken)
    {
        var samples = new List<QualifiedSample>();
        foreach (var at in BackfillInstants())
        {
            var outcome = await runner.RunAsync(collector, new FixedTimeProvider(at), cancellationToken);
            samples.AddRange(outcome.Samples);
        }

        await store.StoreAsync(samples, cancellationToken);
    }

    private IEnumerable<DateTimeOffset> BackfillInstants()
    {
        var now = time.GetUtcNow();
        for (var at = now - BackfillWindow; at <= now; at += BackfillStep)
        {
            yield return at;
        }
    }
}
