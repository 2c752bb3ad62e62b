using Dashboard.Host.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Support;

/// <summary>A host on real Kestrel with an HTTP client and a wall connected to its live hub.</summary>
public sealed class LiveHost : IAsyncDisposable
{
    private LiveHost(HostWithPlugins host)
    {
        Host = host;
        var address = host.Factory.StartOnKestrel();
        Client = host.Factory.CreateAdminClient();
        Wall = new LiveClient(address);
    }

    public HostWithPlugins Host { get; }

    public HttpClient Client { get; }

    public LiveClient Wall { get; }

    public static LiveHost Start(IDictionary<string, string?> settings, params string[] pluginIds) =>
        new(new HostWithPlugins(WatchingAllowed(settings), pluginIds));

    public static LiveHost Start(IDictionary<string, string?> settings, Action<IServiceCollection> configureServices, params string[] pluginIds) =>
        new(new HostWithPlugins(WatchingAllowed(settings), configureServices, pluginIds));

    // These tests are about collecting and pushing, not access: the wall watches without a token.
    private static Dictionary<string, string?> WatchingAllowed(IDictionary<string, string?> settings) =>
        new(settings) { ["Dashboard:AllowAnonymousWalls"] = "true" };

    public async ValueTask DisposeAsync()
    {
        await Wall.DisposeAsync();
        Client.Dispose();
        Host.Dispose();
    }
}
