using Dashboard.Host.Configuration;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
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
/// The first admin is created from a random <c>Dashboard:Setup:AdminPassword</c>; <see cref="CreateAdminClient"/> signs in as it.
/// </summary>
public sealed class DashboardHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;
    private Uri? _kestrelAddress;

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
            ["Dashboard:Setup:AdminUser"] = AdminUserName,
            ["Dashboard:Setup:AdminPassword"] = PasswordFor(DataDirectory),
            // Tests sign in far more often than people; the limit itself is tested with its own setting.
            ["Dashboard:SignInLimit:AttemptsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public const string AdminUserName = "admin";

    public string DataDirectory { get; }

    /// <summary>The first admin's password (null when a test removed the setting to exercise the setup page).</summary>
    public string? AdminPassword => _settings.GetValueOrDefault("Dashboard:Setup:AdminPassword");

    /// <summary>The host's address once <see cref="StartOnKestrel"/> ran.</summary>
    public Uri? KestrelAddress => _kestrelAddress;

    /// <summary>Changes to the host's services, applied after its own, e.g. a logger that a test reads.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>A client signed in as the first admin (a real cookie), for every API call a test makes as an administrator.</summary>
    public HttpClient CreateAdminClient() =>
        CreateSignedInClient(AdminUserName, AdminPassword ?? throw new InvalidOperationException("This host has no Dashboard:Setup:AdminPassword to sign in with."));

    /// <summary>A client signed in with the user's cookie, on Kestrel when it runs, otherwise on the test server.</summary>
    public HttpClient CreateSignedInClient(string userName, string password)
    {
        var client = CreateCookieClient();
        SignIn(client, userName, password);
        return client;
    }

    /// <summary>Signs a cookie-keeping client in, e.g. one of a factory derived with <c>WithWebHostBuilder</c>.</summary>
    public static void SignIn(HttpClient client, string userName, string password)
    {
        var response = Task.Run(() => client.PostAsJsonAsync("/api/account/login", new { userName, password })).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            var body = Task.Run(() => response.Content.ReadAsStringAsync()).GetAwaiter().GetResult();
            throw new InvalidOperationException($"Signing in as '{userName}' failed with {(int)response.StatusCode}: {body}");
        }
    }

    // Stable per data folder, so that a host restarted on the same folder signs in with the admin made at its first start.
    private static string PasswordFor(string dataDirectory) =>
        "test-" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataDirectory)))[..24];

    /// <summary>A client that keeps cookies and is signed in as nobody.</summary>
    public HttpClient CreateCookieClient() =>
        _kestrelAddress is { } address
            ? new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address }
            : CreateClient();

    /// <summary>Starts Kestrel on a free loopback port and returns its base address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _kestrelAddress = new Uri(address);
        return _kestrelAddress;
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
