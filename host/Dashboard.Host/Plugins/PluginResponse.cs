using Dashboard.Sdk;

namespace Dashboard.Host.Plugins;

public sealed record PluginResponse(
    string Id,
    string? Name,
    string? Version,
    string? SdkVersion,
    string? Description,
    PluginStatus Status,
    string? Reason,
    IReadOnlyList<MetricDefinition> Metrics);
