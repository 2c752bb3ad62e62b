using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The page's live connection (wwwroot/js/connection.js): it must never go quiet without saying so.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConnectionTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    private static readonly TimeSpan ServerStopGrace = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ServerStops_WhileWallIsOpen_ShowsTheReconnectingBanner()
    {
        var factory = WallHostFixture.CreateFactory();
        browser.DisposeAtTheEnd(factory);
        var baseAddress = factory.StartOnKestrel();
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(baseAddress);
        await Expect(wall.Banner).ToBeHiddenAsync();

        await StopServerAsync(factory);

        await Expect(wall.Page.Locator("body")).ToHaveAttributeAsync("data-connection", "reconnecting", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        await Expect(wall.Banner).ToBeVisibleAsync();
        await Expect(wall.Banner).ToContainTextAsync("out of date");
        await wall.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ServerReturns_AfterAnOutage_ReconnectsAndRedrawsFromAFreshSnapshot()
    {
        var firstServer = WallHostFixture.CreateFactory();
        browser.DisposeAtTheEnd(firstServer);
        var baseAddress = firstServer.StartOnKestrel();
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(baseAddress);
        await StopServerAsync(firstServer);
        await wall.WaitForConnectionAsync("reconnecting");

        // A new host on the same address with an empty data folder: only the snapshot can tell the page what it has.
        var secondServer = new Dashboard.Host.Testing.DashboardHostFactory(new Dictionary<string, string?> { ["Dashboard:SeedDemoCollectors"] = "false", ["Dashboard:AllowAnonymousWalls"] = "true" });
        browser.DisposeAtTheEnd(secondServer);
        secondServer.UseKestrel(options => options.Listen(IPAddress.Loopback, baseAddress.Port));
        secondServer.StartServer();

        await wall.WaitForConnectionAsync("connected");
        await Expect(wall.Banner).ToBeHiddenAsync();
        await Expect(wall.Tiles).ToHaveCountAsync(0);
        await Expect(wall.Page.Locator("#empty-state")).ToBeVisibleAsync();
        await wall.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task MetricsUpdated_ForACollectorAddedAfterLoad_FetchesTheWallAgainAndShowsItsTiles()
    {
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(host.BaseAddress);
        var tilesBefore = await wall.Tiles.CountAsync();

        var collector = new { id = "added-later", name = "Added after the wall opened", pluginId = "queue-times", cron = "0 0 1 1 *", timeZone = "UTC", enabled = true };
        using (var created = await host.Http.PostAsJsonAsync("api/collectors", collector))
        {
            created.EnsureSuccessStatusCode();
        }

        using (var run = await host.Http.PostAsync($"api/collectors/{collector.id}/run", null))
        {
            Assert.True(run.IsSuccessStatusCode, $"{(int)run.StatusCode}: {await run.Content.ReadAsStringAsync()}");
        }

        var addedKeys = (await host.GetSeededMetricKeysAsync()).Where(key => key.StartsWith(collector.id + ".", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(addedKeys);
        await Expect(wall.Tiles).ToHaveCountAsync(tilesBefore + addedKeys.Count, new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        foreach (var key in addedKeys)
        {
            await wall.WaitForReadingAsync(key);
        }

        await wall.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task JoinWall_UnknownWall_SaysTheServerRefusedItAndWhy()
    {
        var page = await browser.NewWallPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/?wall=no-such-wall").ToString());

        var wall = new Wall(page);
        await Expect(wall.Banner).ToContainTextAsync("refused this wall", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        await Expect(wall.Banner).ToContainTextAsync("no-such-wall");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-connection", "disconnected");
        await Expect(wall.Tiles).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConnectToWall_PushArrivesBeforeTheSnapshot_IsReplayedOnTopOfIt()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var events = await page.EvaluateAsync<string[]>("connection.js", "async m => {" + FakeSignalR.Connect + """
              const join = fakeHub.invocations[0];
              fakeHub.serverCalls('MetricsUpdated', { wallId: 'default', values: [{ metricKey: 'q.wait', timestamp: '2026-01-01T12:00:00Z', value: 5 }] });
              fakeHub.serverCalls('MetricsUpdated', { wallId: 'another-wall', values: [{ metricKey: 'x.y', timestamp: '2026-01-01T12:00:00Z', value: 1 }] });
              fakeHub.serverCalls('CollectorStatusChanged', { collectorId: 'q', lastRunAt: '2026-01-01T12:00:00Z', error: null });
              join.resolve({ wall: { id: 'default', title: 'T' }, serverTime: '2026-01-01T12:00:00Z', tiles: [{}] });
              await new Promise(resolve => setTimeout(resolve, 0));
              return [join.method + ':' + join.args[0], ...events];
            }
            """);

        Assert.Equal(["JoinWall:default", "snapshot:1", "metrics:q.wait", "status:q", "state:connected"], events);
    }

    [Fact]
    public async Task ConnectToWall_ServerRefusesTheWall_StopsAndReportsWhy()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var result = await page.EvaluateAsync<string[]>("connection.js", "async m => {" + FakeSignalR.Connect + """
              fakeHub.invocations[0].reject(new Error("HubException: There is no wall 'default'."));
              await new Promise(resolve => setTimeout(resolve, 0));
              return [String(fakeHub.stops), ...events];
            }
            """);

        Assert.Equal(["1", "state:disconnected:HubException: There is no wall 'default'."], result);
    }

    [Fact]
    public async Task ConnectToWall_ConnectionDropsDuringTheJoin_LeavesItToTheReconnect()
    {
        await using var page = await ModulePage.OpenAsync(browser);
        await page.RunScriptAsync(FakeSignalR.Install);

        var result = await page.EvaluateAsync<string[]>("connection.js", "async m => {" + FakeSignalR.Connect + """
              fakeHub.state = 'Reconnecting';
              fakeHub.reconnecting(new Error('gone'));
              fakeHub.invocations[0].reject(new Error('Invocation canceled due to the underlying connection being closed.'));
              await new Promise(resolve => setTimeout(resolve, 0));
              fakeHub.state = 'Connected';
              fakeHub.reconnected();
              fakeHub.invocations[1].resolve({ wall: { id: 'default', title: 'T' }, serverTime: '2026-01-01T12:00:00Z', tiles: [] });
              await new Promise(resolve => setTimeout(resolve, 0));
              return [String(fakeHub.stops), ...events];
            }
            """);

        Assert.Equal(["0", "state:reconnecting:gone", "snapshot:0", "state:connected"], result);
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
