using System.Net.Http.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Tests.Support;

/// <summary>A real host whose plugins folder holds the named built and fixture plugins.</summary>
public sealed class HostWithPlugins : IDisposable
{
    private readonly TempFolder _plugins = new();

    public HostWithPlugins(params string[] pluginIds)
        : this(new Dictionary<string, string?>(), pluginIds)
    {
    }

    public HostWithPlugins(IDictionary<string, string?> settings, params string[] pluginIds)
        : this(settings, null, pluginIds)
    {
    }

    /// <param name="configureServices">Changes to the host's services, e.g. a fake clock.</param>
    public HostWithPlugins(IDictionary<string, string?> settings, Action<IServiceCollection>? configureServices, params string[] pluginIds)
    {
        PluginFolders.CopyInto(_plugins.Path, pluginIds);
        Factory = new DashboardHostFactory(new Dictionary<string, string?>(settings) { ["Dashboard:PluginsDirectory"] = _plugins.Path })
        {
            ConfigureServices = services =>
            {
                services.AddLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>("Dashboard", LogLevel.Debug));
                configureServices?.Invoke(services);
            },
        };
    }

    /// <summary>Everything the host logged, for signals no API exposes (a plugin returning long after its timeout).</summary>
    public LogCapture Logs { get; } = new();

    public DashboardHostFactory Factory { get; }

    /// <summary>The host's plugins folder, for tests that add, replace or remove plugins while it runs.</summary>
    public string PluginsDirectory => _plugins.Path;

    public static CollectorRequest Collector(string id, string pluginId, object? settings = null, string cron = "0 0 1 1 *", int? timeoutSeconds = null) =>
        new(id, $"Collector {id}", pluginId, settings is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(settings), cron, "UTC", true, timeoutSeconds);

    public static async Task CreateAsync(HttpClient client, CollectorRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/collectors", request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Factory.Dispose();
        _plugins.Dispose();
    }
}
