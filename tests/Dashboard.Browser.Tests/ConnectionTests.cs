using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The page's live connection (wwwroot/js/connection.js): it must never go quiet without saying so.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConnectionTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly TimeSpan ServerStopGrace = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task HostStopsAndRestarts_WhileADashboardIsOpen_ShowsTheBannerKeepingValuesThenNewValuesWithoutAReload()
    {
        var firstHost = WallHostFixture.CreateFactory();
        browser.DisposeAtTheEnd(firstHost);
        var baseAddress = firstHost.StartOnKestrel();
        await ShowQueueDashboardAsync(firstHost);
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(baseAddress, "/d/restart");
        await wall.WaitForReadingAsync("main");
        var valueBefore = await wall.Tile("main").GetAttributeAsync("data-value");
        var navigations = 0;
        wall.Page.FrameNavigated += (_, frame) => navigations += frame == wall.Page.MainFrame ? 1 : 0;

        await StopServerAsync(firstHost);

        await wall.WaitForConnectionAsync("reconnecting");
        await Expect(wall.Banner).ToBeVisibleAsync();
        await Expect(wall.Banner).ToContainTextAsync("out of date");
        await Expect(wall.Tile("main")).ToHaveAttributeAsync("data-value", valueBefore!);

        // A new host on the same address and its own data folder: only a fresh snapshot can tell the page its values.
        var secondHost = WallHostFixture.CreateFactory();
        browser.DisposeAtTheEnd(secondHost);
        secondHost.UseKestrel(options => options.Listen(IPAddress.Loopback, baseAddress.Port));
        secondHost.StartServer();
        var stored = await ShowQueueDashboardAsync(secondHost);

        await wall.WaitForConnectionAsync("connected");
        await Expect(wall.Banner).ToBeHiddenAsync();
        await Expect(wall.Tile("main")).ToHaveAttributeAsync("data-timestamp", new System.Text.RegularExpressions.Regex("."), new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        var timestamp = DateTimeOffset.Parse((await wall.Tile("main").GetAttributeAsync("data-timestamp"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(timestamp >= stored, $"the tile shows {timestamp:O}, from before the second host stored {stored:O}");
        Assert.Equal(0, navigations);
    }

    /// <summary>A dashboard 'restart' with the demo queues' people waiting, once they have a value; returns when that was stored.</summary>
    private static async Task<DateTimeOffset> ShowQueueDashboardAsync(Dashboard.Host.Testing.DashboardHostFactory factory)
    {
        using var http = factory.CreateAdminClient();
        var dashboards = new TestDashboards(http, factory);
        await dashboards.WaitForValuesAsync(TestDashboards.QueueCollector);
        await dashboards.PutDashboardAsync("restart", TestDashboards.OneTile("restart", TestDashboards.QueueCollector, "queue_length"));
        var store = factory.Services.GetRequiredService<Dashboard.Host.Metrics.IMetricStore>();
        return store.GetLastValuesOf(TestDashboards.QueueCollector + ".queue_length").Min(value => new DateTimeOffset(value.UtcTicks, TimeSpan.Zero));
    }

    [Fact]
    public async Task ConnectLive_PushArrivesBeforeTheSnapshot_IsReplayedOnTopOfIt()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var events = await page.EvaluateAsync<string[]>("connection.js", "async m => {" + FakeSignalR.Connect + """
              const watch = fakeHub.invocations[0];
              fakeHub.serverCalls('FiguresUpdated', { dashboardId: 'desk', collectorId: 'q', values: [{ seriesKey: 'q.wait', timestamp: '2026-01-01T12:00:00Z', value: 5 }] });
              fakeHub.serverCalls('FiguresUpdated', { dashboardId: 'another', collectorId: 'x', values: [{ seriesKey: 'x.y', timestamp: '2026-01-01T12:00:00Z', value: 1 }] });
              fakeHub.serverCalls('CollectorStatusChanged', { collectorId: 'q', lastRunAt: '2026-01-01T12:00:00Z', error: null });
              watch.resolve({ dashboardId: 'desk', serverTime: '2026-01-01T12:00:00Z', dashboard: { tiles: [] }, tiles: {} });
              await new Promise(resolve => setTimeout(resolve, 0));
              return [watch.method + ':' + watch.args[0], ...events];
            }
            """);

        Assert.Equal(["Watch:desk", "snapshot:desk", "figures:q.wait", "status:q", "state:connected"], events);
    }

    [Fact]
    public async Task ConnectLive_DashboardChangedAndReload_WatchesAgainForAFreshSnapshotAndReloads()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var events = await page.EvaluateAsync<string[]>("connection.js", "async m => {" + FakeSignalR.Connect + """
              fakeHub.invocations[0].resolve({ dashboardId: 'desk', dashboard: { tiles: [] }, tiles: {} });
              await new Promise(resolve => setTimeout(resolve, 0));
              fakeHub.serverCalls('DashboardChanged', { dashboardId: 'desk', kind: 'saved' });
              fakeHub.serverCalls('DashboardChanged', { dashboardId: 'desk', kind: 'collectorChanged' });
              fakeHub.serverCalls('DashboardChanged', { dashboardId: 'another', kind: 'saved' });
              await new Promise(resolve => setTimeout(resolve, 400));
              fakeHub.invocations[1]?.resolve({ dashboardId: 'desk', dashboard: { tiles: [] }, tiles: {} });
              await new Promise(resolve => setTimeout(resolve, 0));
              fakeHub.serverCalls('HostVersion', { version: '2.0.0' });
              fakeHub.serverCalls('Reload', { requestedAt: '2026-01-01T12:00:00Z' });
              return [String(fakeHub.invocations.length), ...events];
            }
            """);

        // Two changes in a row cost one Watch; a change to another dashboard costs none.
        Assert.Equal(["2", "snapshot:desk", "state:connected", "snapshot:desk", "state:connected", "version:2.0.0", "reload"], events);
    }

    [Fact]
    public async Task ConnectLive_NegotiateRefusedWith401_ReportsDeniedAndSendsTheTokenFromOnePlace()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var result = await page.EvaluateAsync<string[]>("connection.js", """
            async m => {
              const api = await import('/js/api.js');
              api.adoptTokenFromAddress('?token=screen-token-1', localStorage);
              window.fakeStartError = new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'");
            """ + FakeSignalR.Connect + """
              const token = fakeHub.options.accessTokenFactory();
              localStorage.clear();
              return [token, ...events];
            }
            """);

        Assert.Equal(["screen-token-1", "state:denied:Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"], result);
    }

    [Fact]
    public async Task ForeverRetryPolicy_ManyFailedRetries_NeverGivesUpAndWaitsAtMostFiveSeconds()
    {
        var modules = await browser.GetModulePageAsync();

        var delays = await modules.EvaluateAsync<double?[]>(
            "connection.js",
            "m => Array.from({ length: 2000 }, (_, previousRetryCount) => m.foreverRetryPolicy.nextRetryDelayInMilliseconds({ previousRetryCount, elapsedMilliseconds: previousRetryCount * 5000 }))");

        Assert.Equal(0, delays[0]);
        Assert.All(delays, delay => Assert.InRange(delay ?? -1, 0, 5000));
    }

    /// <summary>Stops the web server itself, as a crash or a deploy would; Kestrel aborts what is still open after the grace.</summary>
    private static async Task StopServerAsync(Dashboard.Host.Testing.DashboardHostFactory factory)
    {
        using var grace = new CancellationTokenSource(ServerStopGrace);
        await factory.Services.GetRequiredService<IServer>().StopAsync(grace.Token);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();
}
