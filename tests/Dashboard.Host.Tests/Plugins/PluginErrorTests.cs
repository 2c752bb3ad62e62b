using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Plugins;

/// <summary>
/// A plugin's exception reaches the admin with its type, message and the plugin's own top stack frame (file and line
/// from the plugin's symbols), through a real host running the fixture plugin.
/// </summary>
public sealed class PluginErrorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HostWithPlugins _host = new(new Dictionary<string, string?> { ["Dashboard:AllowAnonymousWalls"] = "true" }, "fixture-records");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task RunNow_PluginThrows_LastRunErrorNamesTypeMessageAndThePluginsOwnLine()
    {
        var address = _host.Factory.StartOnKestrel();
        using var client = _host.Factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("failing", "fixture-records", new { failWith = "source exploded" }));
        await using var wall = new ScreenClient(address);
        await wall.WatchAsync("failing");

        await client.PostAsync("/api/collectors/failing/run", null);
        var status = await wall.NextStatusAsync("failing", Patience);
        var error = (await client.GetFromJsonAsync<JsonElement>("/api/collectors/failing")).GetProperty("lastRun").GetProperty("error").GetString()!;

        Assert.Equal(ShortError.Of(error), status.Error);
        Assert.StartsWith("Plugin 'fixture-records' failed: System.InvalidOperationException: source exploded at Fixture.RecordPlugin.RecordFixturePlugin.Prepare in ", error, StringComparison.Ordinal);
        FixtureThrow.AssertPointsAtTheThrow(error);
    }
}
