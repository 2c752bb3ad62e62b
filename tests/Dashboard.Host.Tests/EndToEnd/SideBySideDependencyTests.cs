using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>
/// Isolation: fixture-depends-on-v1 and fixture-depends-on-v2 ship Fixture.VersionedLibrary 1.0.0 and 2.0.0 in their
/// folders; each load context resolves its own copy, so both load and each reports the version it was built with.
/// </summary>
public sealed class SideBySideDependencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunNow_TwoPluginsWithTwoVersionsOfOneLibrary_BothLoadAndEachUsesItsOwnVersion()
    {
        await using var live = LiveHost.Start(new Dictionary<string, string?>(), "fixture-depends-on-v1", "fixture-depends-on-v2");
        var admin = live.Client;
        await HostWithPlugins.CreateAsync(admin, HostWithPlugins.Collector("uses-v1", "fixture-depends-on-v1"));
        await HostWithPlugins.CreateAsync(admin, HostWithPlugins.Collector("uses-v2", "fixture-depends-on-v2"));
        var firstScreen = await live.WatchAsync("uses-v1");
        var secondScreen = await live.WatchAsync("uses-v2");

        await admin.PostAsync("/api/collectors/uses-v1/run", null);
        await admin.PostAsync("/api/collectors/uses-v2/run", null);
        var first = await firstScreen.NextValueAsync("uses-v1.library_major", Patience);
        var second = await secondScreen.NextValueAsync("uses-v2.library_major", Patience);

        Assert.Equal(1, first.Value);
        Assert.Equal(2, second.Value);
        var plugins = await admin.GetFromJsonAsync<JsonElement[]>("/api/plugins");
        Assert.All(plugins!, plugin => Assert.Equal("active", plugin.GetProperty("status").GetString()));
    }
}
