using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;
using Dashboard.Host.Storage;

namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>
/// Gives each collector dashboards of its own once: its plugin's defaults bound to it, or one tile per metric. A mark
/// per collector remembers it was done, so a generated dashboard an admin deleted does not come back at the next start.
/// </summary>
public sealed class DashboardGenerator(
    DashboardDatabase database,
    DashboardRepository dashboards,
    DashboardValidator validator,
    PluginCatalog plugins,
    PluginDashboardTemplates templates,
    ILogger<DashboardGenerator> logger)
{
    public async Task GenerateForAsync(Collector collector, CancellationToken cancellationToken)
    {
        if (database.Collection<GenerationMark>(CollectionNames.DashboardGenerations).FindById(collector.Id) is not null
            || plugins.Find(collector.PluginId) is not { IsActive: true } plugin)
        {
            return;
        }

        var bound = templates.BindTo(plugin, collector);
        IReadOnlyList<(string Id, DashboardDocument Document)> documents = bound.Count > 0 ? bound : [(collector.Id, GeneratedDashboard.For(collector, plugin))];
        foreach (var (id, document) in documents)
        {
            if (dashboards.Find(id) is not null)
            {
                logger.LogInformation("Dashboard {DashboardId} exists; not generated again for collector {CollectorId}", id, collector.Id);
                continue;
            }

            var errors = validator.Validate(document, id, requireKnownCollectors: true);
            if (!errors.IsEmpty)
            {
                logger.LogWarning("Default dashboard {DashboardId} of plugin {PluginId} does not fit collector {CollectorId}: {Problems}", id, plugin.Id, collector.Id, errors);
                continue;
            }

            await dashboards.SaveAsync(id, document, DashboardOrigin.Generated, generatedFor: collector.Id, cancellationToken: cancellationToken);
        }

        await database.WriteAsync(db => db.GetCollection<GenerationMark>(CollectionNames.DashboardGenerations).Upsert(new GenerationMark { Id = collector.Id }), cancellationToken);
        logger.LogInformation("Collector {CollectorId} got {Count} dashboard(s) of its own", collector.Id, documents.Count);
    }

    /// <summary>A deleted collector's generated dashboards nobody changed go with it; a new collector of that id gets new ones.</summary>
    public async Task RemoveForAsync(string collectorId, CancellationToken cancellationToken)
    {
        foreach (var stored in dashboards.GetAll().Where(stored => stored.Origin == DashboardOrigin.Generated && stored.GeneratedFor == collectorId))
        {
            await dashboards.DeleteAsync(stored.Id, cancellationToken);
        }

        await database.WriteAsync(db => db.GetCollection<GenerationMark>(CollectionNames.DashboardGenerations).Delete(collectorId), cancellationToken);
    }
}
