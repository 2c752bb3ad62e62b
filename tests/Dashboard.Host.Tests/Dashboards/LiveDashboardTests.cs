using System.Net.Http.Json;
using Dashboard.Host.Live;
using Dashboard.Host.Tests.Support;
using static Dashboard.Host.Tests.Dashboards.DashboardRequests;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>Screens on real Kestrel with real SignalR clients: each hears only of what its dashboard shows.</summary>
public sealed class LiveDashboardTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(5);
    private LiveHost _live = null!;
    private ScreenClient _screenA = null!;
    private ScreenClient _screenB = null!;

    private HttpClient Client => _live.Client;

    public async Task InitializeAsync()
    {
        _live = LiveHost.Start(new Dictionary<string, string?> { ["Dashboard:AllowAnonymousWalls"] = "true" }, "fixture-good");
        _screenA = new ScreenClient(Client.BaseAddress!);
        _screenB = new ScreenClient(Client.BaseAddress!);
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("alpha", "fixture-good", new { value = 3 }));
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("beta", "fixture-good", new { delayMilliseconds = 60_000 }, timeoutSeconds: 1));
        await PutAsync(Client, "board-a", Document("A", NumberTile("value", "alpha")));
        await PutAsync(Client, "board-b", Document("B", NumberTile("value", "beta")));
    }

    public async Task DisposeAsync()
    {
        await _screenA.DisposeAsync();
        await _screenB.DisposeAsync();
        await _live.DisposeAsync();
    }

    [Fact]
    public async Task RunNow_CollectorsOfTwoDashboards_EachScreenHearsOnlyOfItsOwn()
    {
        var snapshotA = await _screenA.WatchAsync("board-a");
        await _screenB.WatchAsync("board-b");

        await Client.PostAsync("/api/collectors/beta/run", null);
        var betaFailed = await _screenB.NextAsync<CollectorStatus>(status => status.CollectorId == "beta", Patience);
        await Client.PostAsync("/api/collectors/alpha/run", null);
        var alphaValues = await _screenA.NextAsync<FiguresUpdate>(update => update.CollectorId == "alpha", Patience);

        // Beta's failure was pushed before alpha was even run, and one connection's messages arrive in order.
        Assert.Contains("did not finish within 1 s", betaFailed.Error);
        Assert.Equal(Dashboard.Host.Dashboards.Snapshots.CollectorStates.Failing, betaFailed.Status);
        var value = Assert.Single(alphaValues.Values);
        Assert.Equal(snapshotA.Tiles["value"].SeriesKey, value.SeriesKey);
        Assert.Equal(3, value.Value);
        Assert.DoesNotContain(_screenA.Received, message => message is CollectorStatus { CollectorId: "beta" } or FiguresUpdate { CollectorId: "beta" });
        Assert.DoesNotContain(_screenB.Received, message => message is FiguresUpdate { CollectorId: "alpha" });
    }

    [Fact]
    public async Task Put_WatchedDashboard_ItsScreenIsToldWithinSecondsAndNoOtherIs()
    {
        await _screenA.WatchAsync("board-a");
        await _screenB.WatchAsync("board-b");

        await PutAsync(Client, "board-a", Document("A, with a second tile", NumberTile("value", "alpha"), NumberTile("again", "alpha", x: 3)));

        var change = await _screenA.NextAsync<DashboardChange>(_ => true, WithinSeconds);
        Assert.Equal(new DashboardChange("board-a", DashboardChangeKinds.Saved), change);
        Assert.DoesNotContain(_screenB.Received, message => message is DashboardChange);
    }

    [Fact]
    public async Task RenameCollector_ScreensOfDashboardsShowingItAreToldWithinSeconds()
    {
        await _screenA.WatchAsync("board-a");
        var collector = HostWithPlugins.Collector("alpha", "fixture-good", new { value = 3 }) with { Name = "Alpha renamed" };

        var response = await Client.PutAsJsonAsync("/api/collectors/alpha", collector);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var change = await _screenA.NextAsync<DashboardChange>(_ => true, WithinSeconds);
        Assert.Equal(DashboardChangeKinds.CollectorChanged, change.Kind);
        var snapshot = await _screenA.WatchAsync("board-a");
        Assert.Equal("Alpha renamed", snapshot.Collectors["alpha"].Name);
    }

    [Fact]
    public async Task Connect_ThenAdminReloadsScreens_ScreenGetsVersionThenReload()
    {
        await _screenA.WatchAsync("board-a");
        var version = await _screenA.NextAsync<HostInfo>(_ => true, WithinSeconds);

        var response = await Client.PostAsync("/api/screens/reload", null);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(HostVersion.Current, version.Version);
        await _screenA.NextAsync<ScreenReload>(_ => true, WithinSeconds);
    }

    [Fact]
    public async Task Watch_AnotherDashboard_LeavesTheFirstOnesGroup()
    {
        await _screenA.WatchAsync("board-a");
        await _screenA.WatchAsync("board-b");

        await PutAsync(Client, "board-a", Document("A again", NumberTile("value", "alpha")));
        await PutAsync(Client, "board-b", Document("B again", NumberTile("value", "beta")));

        var change = await _screenA.NextAsync<DashboardChange>(_ => true, WithinSeconds);
        Assert.Equal("board-b", change.DashboardId);
        Assert.DoesNotContain(_screenA.Received, message => message is DashboardChange { DashboardId: "board-a" });
    }
}
