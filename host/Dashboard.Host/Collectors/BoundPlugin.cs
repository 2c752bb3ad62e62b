using Dashboard.Host.Plugins;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>A collector's plugin ready to call: its instance, a context with the collector's settings, zone and clock, and its time limit.</summary>
public sealed record BoundPlugin(LoadedPlugin Plugin, CollectContext Context, TimeSpan Timeout)
{
    public string Id => Plugin.Id;

    public IMetricPlugin Instance => Plugin.Instance!;
}
