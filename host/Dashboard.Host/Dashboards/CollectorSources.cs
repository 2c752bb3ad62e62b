using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;

namespace Dashboard.Host.Dashboards;

/// <summary>Finds the collectors tiles name, each read once per use (a validation, a snapshot).</summary>
public sealed class CollectorSources(CollectorRepository collectors, PluginCatalog plugins)
{
    public Func<string, CollectorSource?> CreateLookup()
    {
        var found = new Dictionary<string, CollectorSource?>(StringComparer.Ordinal);
        return collectorId =>
        {
            if (!found.TryGetValue(collectorId, out var source))
            {
                found[collectorId] = source = collectors.Find(collectorId) is { } collector ? new CollectorSource(collector, plugins.Find(collector.PluginId)) : null;
            }

            return source;
        };
    }
}
