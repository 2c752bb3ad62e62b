using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// A collector's plugin ready to call: its instance, a context with the collector's settings, zone and clock, its time
/// limit, and the logger in the context that keeps the plugin's warnings of this call. Disposing it ends its lease
/// on the plugin's version.
/// </summary>
public sealed record BoundPlugin(LoadedPlugin Plugin, CollectContext Context, TimeSpan Timeout, WarningRecorder Log) : IDisposable
{
    public string Id => Plugin.Id;

    public IMetricPlugin Instance => Plugin.Instance!;

    /// <summary>What <paramref name="exception"/>, thrown by this plugin, tells an admin.</summary>
    public PluginError Describe(Exception exception) => PluginError.From(exception, Instance.GetType().Assembly);

    public void Dispose() => Plugin.Code?.Release();
}
