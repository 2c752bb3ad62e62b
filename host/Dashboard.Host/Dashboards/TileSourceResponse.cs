using Dashboard.Sdk;

namespace Dashboard.Host.Dashboards;

/// <summary>A collector an editor can put on a tile, with its plugin's metrics; no settings (those are for admins).</summary>
public sealed record TileSourceResponse(string Id, string Name, string PluginId, IReadOnlyList<MetricDefinition> Metrics);
