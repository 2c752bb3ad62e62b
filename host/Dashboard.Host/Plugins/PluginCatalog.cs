using Dashboard.Host.Configuration;

namespace Dashboard.Host.Plugins;

/// <summary>The plugins found at start-up, with their status; loaded once, on first use.</summary>
public sealed class PluginCatalog(PluginFolderLoader loader, DashboardPaths paths)
{
    private readonly Lazy<IReadOnlyList<LoadedPlugin>> _plugins = new(() => loader.LoadAll(paths.PluginsDirectory));

    public IReadOnlyList<LoadedPlugin> All => _plugins.Value;

    public LoadedPlugin? Find(string pluginId) => All.FirstOrDefault(plugin => plugin.Id == pluginId);
}
