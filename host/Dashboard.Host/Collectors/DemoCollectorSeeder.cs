using Dashboard.Host.Metrics;

namespace Dashboard.Host.Collectors;

/// <summary>
/// On a data folder without collectors, adds one demo collector per built-in plugin and fills the last hours
/// of history, so a fresh start shows a living wall at once.
/// </summary>
public sealed class DemoCollectorSeeder(
    CollectorRepository collectors,
    CollectorValidator validator,
    CollectionRunner runner,
    MetricStore store,
    TimeProvider time,
    ILogger<DemoCollectorSeeder> logger)
{
    public const string DemoCron = "*/30 * * * * *";

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
            return;
        }

        foreach (var (id, name, pluginId) in Demos)
        {
            var validation = validator.Validate(new CollectorRequest(id, name, pluginId, null, DemoCron, "UTC", true, null), id);
            if (!validation.IsValid)
            {
                logger.LogWarning("Demo collector {CollectorId} skipped: {Errors}", id, string.Join("; ", validation.Errors.SelectMany(error => error.Value)));
                continue;
            }

            var collector = validation.Collector!;
            collector.CreatedUtc = collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            await collectors.TryInsertAsync(collector, cancellationToken);
            await BackfillAsync(collector, cancellationToken);
            logger.LogInformation("Demo collector {CollectorId} added with {Hours} h of history", id, BackfillWindow.TotalHours);
        }
    }

    private async Task BackfillAsync(Collector collector, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var samples = new List<QualifiedSample>();
        for (var at = now - BackfillWindow; at <= now; at += BackfillStep)
        {
            var outcome = await runner.RunAsync(collector, new FixedTimeProvider(at), cancellationToken);
            samples.AddRange(outcome.Samples);
        }

        await store.StoreAsync(samples, cancellationToken);
    }
}
