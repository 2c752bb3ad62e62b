namespace Dashboard.Host.Plugins;

/// <summary>A plugin could not be loaded; the message names the plugin folder and the problem.</summary>
public sealed class PluginLoadException(PluginStatus status, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public PluginStatus Status { get; } = status;
}
