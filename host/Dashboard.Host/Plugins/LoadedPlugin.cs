using Dashboard.Sdk;

namespace Dashboard.Host.Plugins;

/// <summary>A plugin folder as the host found it: its manifest, status and, when active, its instance.</summary>
public sealed record LoadedPlugin(
    string Folder,
    PluginManifest? Manifest,
    PluginStatus Status,
    string? Reason,
    IMetricPlugin? Instance)
{
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);

    public bool IsActive => Status == PluginStatus.Active && Instance is not null;

    public IReadOnlyList<MetricDefinition> Metrics => Instance?.Metrics ?? [];

    /// <summary>The unloadable code behind <see cref="Instance"/> when it was loaded for hot reload; null when it lives as long as the host.</summary>
    public PluginCode? Code { get; init; }
}
