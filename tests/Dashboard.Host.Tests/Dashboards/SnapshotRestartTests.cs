using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Live;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;
using static Dashboard.Host.Tests.Dashboards.DashboardRequests;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>After a restart a dashboard's snapshot fills every tile from stored values, with nothing collected since.</summary>
public sealed class SnapshotRestartTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _data = new();
    private readonly TempFolder _plugins = new();

    public SnapshotRestartTests() => PluginFolders.CopyInto(_plugins.Path, "fixture-good");

    public void Dispose()
    {
        _data.Dispose();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Snapshot_AfterRestart_EveryTileFilledFromStoredValues()
    {
        FiguresUpdate pushed;
        using (var first = StartHost())
        {
            var address = first.StartOnKestrel();
            using var client = first.CreateAdminClient();
            await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("kept", "fixture-good", new { value = 9 }, "*/5 * * * *"));
            await PutAsync(client, "kept-wall", Document(
                "Kept",
                NumberTile("number", "kept"),
                new { id = "trend", widget = "trend", x = 3, y = 0, w = 6, h = 2, collectorId = "kept", metric = "value", target = 12, direction = "lowerIsBetter" }));
            await using var screen = new ScreenClient(address);
            await screen.WatchAsync("kept-wall");
            await client.PostAsync("/api/collectors/kept/run", null);
            pushed = await screen.NextAsync<FiguresUpdate>(update => update.CollectorId == "kept", Patience);
        }

        await FileRelease.WaitUntilClosedAsync(Path.Combine(_data.Path, "dashboard.db"), Patience);
        using var second = StartHost();
        using var secondClient = second.CreateAdminClient();
        var snapshot = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<DashboardSnapshot>(secondClient, "/api/dashboards/kept-wall/snapshot", LiveJson.Options);

        var figure = Assert.Single(pushed.Values);
        var number = snapshot!.Tiles["number"];
        Assert.Equal(9, number.Last!.Value);
        Assert.Equal(figure.Timestamp, number.Last.Timestamp);
        Assert.Equal("pcs", number.Unit);
        Assert.Equal(10, number.Target);
        var trend = snapshot.Tiles["trend"];
        Assert.Equal(9, Assert.Single(trend.Series!).Value);
        Assert.Equal(12, trend.Target);
        Assert.Equal("lowerIsBetter", trend.Direction);
        var collector = snapshot.Collectors["kept"];
        Assert.Equal(CollectorStates.Ok, collector.Status);

        // Every five minutes: 300 s between runs, stale after twice that.
        Assert.Equal(300, collector.IntervalSeconds);
        Assert.Equal(600, collector.StaleAfterSeconds);
    }

    private DashboardHostFactory StartHost() => new(
        new Dictionary<string, string?>
        {
            ["Dashboard:JobStorage"] = "LiteDb",
            ["Dashboard:PluginsDirectory"] = _plugins.Path,
            ["Dashboard:AllowAnonymousWalls"] = "true",
        },
        _data.Path);
}
