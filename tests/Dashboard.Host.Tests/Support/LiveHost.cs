using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Support;

/// <summary>A host on real Kestrel with an HTTP client, and screens watching its dashboards on the live hub.</summary>
public sealed class LiveHost : IAsyncDisposable
{
    private readonly List<ScreenClient> _screens = [];

    private LiveHost(HostWithPlugins host)
    {
        Host = host;
        Address = host.Factory.StartOnKestrel();
        Client = host.Factory.CreateAdminClient();
    }

    public HostWithPlugins Host { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Wall hosts let screens watch without a token.</summary>
    public static LiveHost Start(IDictionary<string, string?> settings, params string[] pluginIds) =>
        new(new HostWithPlugins(WithAnonymousWalls(settings), pluginIds));

    public static LiveHost Start(IDictionary<string, string?> settings, Action<IServiceCollection> configureServices, params string[] pluginIds) =>
        new(new HostWithPlugins(WithAnonymousWalls(settings), configureServices, pluginIds));

    /// <summary>
    /// A screen watching a dashboard, e.g. the one a collector of a plugin without default dashboards gets: its id is
    /// the collector's.
    /// </summary>
    public async Task<ScreenClient> WatchAsync(string dashboardId)
    {
        var screen = new ScreenClient(Address);
        _screens.Add(screen);
        await screen.WatchAsync(dashboardId);
        return screen;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var screen in _screens)
        {
            await screen.DisposeAsync();
        }

        Client.Dispose();
        Host.Dispose();
    }

    private static Dictionary<string, string?> WithAnonymousWalls(IDictionary<string, string?> settings) =>
        new(settings) { ["Dashboard:AllowAnonymousWalls"] = "true" };
}
