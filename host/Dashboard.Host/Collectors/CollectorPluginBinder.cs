using Dashboard.Host.Configuration;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Collectors;

/// <summary>Binds a collector to its plugin: the active plugin, its stored settings bound again, the collector's zone and time limit.</summary>
public sealed class CollectorPluginBinder(PluginCatalog plugins, CollectorSecrets secrets, IOptions<DashboardOptions> options, ILoggerFactory loggerFactory)
{
    /// <summary>
    /// The bound plugin, or null with <paramref name="error"/> saying why the collector cannot run. The bound plugin
    /// holds a lease on the plugin version it found: dispose it when the call ends, so a replaced version can unload.
    /// </summary>
    public BoundPlugin? TryBind(Collector collector, TimeProvider time, string? checkpoint, out string? error)
    {
        var plugin = plugins.Acquire(collector.PluginId);
        if (plugin is not { IsActive: true })
        {
            error = $"Plugin '{collector.PluginId}' is not available: {plugin?.Reason ?? "it is not installed."}";
            return null;
        }

        object settings;
        try
        {
            settings = PluginSettingsBinder.Bind(plugin.Instance!.SettingsType, secrets.Reveal(collector));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            error = "The collector's secret settings cannot be decrypted: the keys in the data folder's 'keys' folder were lost or replaced. Enter the secret settings again.";
            return null;
        }
        catch (PluginSettingsException exception)
        {
            plugin.Code?.Release();
            error = $"Stored settings no longer fit plugin '{plugin.Id}': {exception.Message}";
            return null;
        }

        error = null;
        var log = new WarningRecorder(loggerFactory.CreateLogger($"Dashboard.Plugins.{plugin.Id}"));
        var context = new CollectContext(collector.Id, settings, time, log)
        {
            Checkpoint = checkpoint,
            TimeZone = collector.FindTimeZone(),
        };
        return new BoundPlugin(plugin, context, TimeoutOf(collector), log);
    }

    public TimeSpan TimeoutOf(Collector collector) =>
        collector.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : options.Value.DefaultCollectionTimeout;
}
