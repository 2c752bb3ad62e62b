using Dashboard.Host.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Testing;

/// <summary>
/// The real host on a temporary data folder, loading plugins from <c>plugins/</c> beside the test binaries
/// (copied there by build/DashboardPlugins.targets). Call <see cref="StartOnKestrel"/> for a real socket.
/// </summary>
public sealed class DashboardHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;

    public DashboardHostFactory(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Dashboard:DataDirectory"] = DataDirectory,
            ["Dashboard:PluginsDirectory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Dashboard:SeedDemoCollectors"] = "false",
            ["Dashboard:JobStorage"] = nameof(JobStorageKind.InMemory),
            ["Dashboard:SchedulePollingInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>Changes to the host's services, applied after its own, e.g. a logger that a test reads.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>A client for every API call a test makes as an administrator (the admin API and the walls' reads).</summary>
    public HttpClient CreateAdminClient() => CreateClient();

    /// <summary>Starts Kestrel on a free loopback port and returns its base address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Longer than Hangfire's own 15 s shutdown timeout, so a busy worker ends its stop instead of the host
        // cancelling it (an OperationCanceledException that fails the test class's cleanup); shorter than the default 30 s.
        builder.UseShutdownTimeout(TimeSpan.FromSeconds(20));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
