using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>A new collector gets dashboards of its own: its plugin's shipped defaults bound to it, or one tile per metric.</summary>
public sealed class DashboardGeneratorTests : IDisposable
{
    private readonly HostWithPlugins _host = new("queue-times", "fixture-good");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateCollector_PluginShipsDefaults_GetsThemBoundToIt()
    {
        using var client = _host.Factory.CreateAdminClient();

        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("city", "queue-times"));

        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/dashboards");
        Assert.Equal(["city-phone-desk", "city-service-points"], list!.Select(entry => entry.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var board = await client.GetFromJsonAsync<JsonElement>("/api/dashboards/city-service-points");
        Assert.Equal("Collector city", board.GetProperty("title").GetString());
        Assert.Equal("generated", board.GetProperty("origin").GetString());
        var dataTiles = board.GetProperty("tiles").EnumerateArray().Where(tile => tile.GetProperty("widget").GetString() != "clock").ToList();
        Assert.NotEmpty(dataTiles);
        Assert.All(dataTiles, tile => Assert.Equal("city", tile.GetProperty("collectorId").GetString()));
    }

    [Fact]
    public async Task CreateCollector_PluginShipsNone_OneNumberTilePerMetric()
    {
        using var client = _host.Factory.CreateAdminClient();

        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("ticker", "fixture-good"));

        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/dashboards/ticker");
        var tile = Assert.Single(dashboard.GetProperty("tiles").EnumerateArray());
        Assert.Equal("value", tile.GetProperty("metric").GetString());
        Assert.Equal("number", tile.GetProperty("widget").GetString());
    }

    [Fact]
    public async Task DeleteCollector_ItsUnsavedGeneratedDashboardsGoButSavedOnesStay()
    {
        using var client = _host.Factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("city", "queue-times"));
        var saved = await client.GetFromJsonAsync<JsonElement>("/api/dashboards/city-phone-desk");
        await client.PutAsJsonAsync("/api/dashboards/city-phone-desk", saved);

        await client.DeleteAsync("/api/collectors/city");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/dashboards/city-service-points")).StatusCode);
        var kept = await client.GetFromJsonAsync<JsonElement>("/api/dashboards/city-phone-desk");
        Assert.Equal("user", kept.GetProperty("origin").GetString());
    }
}
