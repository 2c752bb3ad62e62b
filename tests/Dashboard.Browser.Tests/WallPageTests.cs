using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Host.Metrics;
using Dashboard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The wall page (/d/{id}, /p/{id}) against the real host with the demo collectors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallPageTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    private static readonly TimeSpan CollectionToScreen = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Open_StoredValues_FillsTheTileAtOnceAndAgainAfterAReload()
    {
        await host.Dashboards.WaitForValuesAsync(TestDashboards.QueueCollector);
        await host.Dashboards.PutDashboardAsync("filled", TestDashboards.OneTile("filled", TestDashboards.QueueCollector, "queue_length"));
        var wall = new Wall(await browser.NewWallPageAsync());

        await wall.Page.GotoAsync(new Uri(host.BaseAddress, "/d/filled").ToString());
        await wall.WaitForReadingAsync("main");
        await wall.Page.ReloadAsync();

        // Straight after the reload, from the snapshot read over HTTP: never a blank tile while the hub connects.
        await wall.WaitForReadingAsync("main");
        await Expect(wall.Tile("main").Locator(".number-value")).Not.ToHaveTextAsync("");
        await wall.WaitForConnectionAsync("connected");
        await Expect(wall.Banner).ToBeHiddenAsync();
    }

    [Fact]
    public async Task RunCollector_WhileTheDashboardIsOpen_ReachesItsTileWithinTwoSeconds()
    {
        await host.Dashboards.WaitForValuesAsync(TestDashboards.QueueCollector);
        await host.Dashboards.PutDashboardAsync("live", TestDashboards.OneTile("live", TestDashboards.QueueCollector, "queue_length"));
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(host.BaseAddress, "/d/live");
        await wall.WaitForReadingAsync("main");
        var before = await wall.Tile("main").GetAttributeAsync("data-timestamp");
        var navigations = 0;
        wall.Page.FrameNavigated += (_, frame) => navigations += frame == wall.Page.MainFrame ? 1 : 0;

        // The clock starts when the collection has stored its values: from then on the push and the page are what is measured.
        var stored = new TaskCompletionSource<Stopwatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = host.Factory.Services.GetRequiredService<IMetricStore>();
        await host.Dashboards.RunAsync(TestDashboards.QueueCollector);
        var waitForStore = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(Wall.LiveTimeout);
            while (store.GetLastValues().Where(value => value.MetricKey == TestDashboards.QueueCollector + ".queue_length").Max(value => value.UtcTicks) <= DateTimeOffset.Parse(before!, CultureInfo.InvariantCulture).UtcTicks)
            {
                await Task.Delay(20, timeout.Token);
            }

            stored.SetResult(Stopwatch.StartNew());
        });

        await Expect(wall.Tile("main")).Not.ToHaveAttributeAsync("data-timestamp", before!, new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        await waitForStore;
        var elapsed = (await stored.Task).Elapsed;
        Assert.True(elapsed <= CollectionToScreen, $"the tile changed {elapsed.TotalMilliseconds:F0} ms after the values were stored");
        Assert.Equal(0, navigations);
    }

    [Fact]
    public async Task Open_TileForOneServicePoint_ShowsThatServicePointsValueNotTheOverallOne()
    {
        await host.Dashboards.SaveCollectorAsync("points", "queue-times", "0 0 1 1 *");
        await host.Dashboards.PutDashboardAsync("one-point", new
        {
            id = "one-point",
            title = "One point",
            columns = 12,
            rows = 8,
            tiles = new object[]
            {
                new { id = "library", widget = "number", x = 0, y = 0, w = 4, h = 4, collectorId = "points", metric = "queue_length", dimensions = new { servicePoint = "Library" } },
                new { id = "harbour", widget = "number", x = 4, y = 0, w = 4, h = 4, collectorId = "points", metric = "queue_length", dimensions = new { servicePoint = "Harbour" } },
                new { id = "overall", widget = "number", x = 8, y = 0, w = 4, h = 4, collectorId = "points", metric = "queue_length" },
            },
        });
        var window = WindowOf(await host.Dashboards.SnapshotAsync("one-point"), "overall");
        // Ten people wait in all: three at the Library, seven at the Harbour.
        await host.Dashboards.StoreAsync("points", "queue_length", window, 10);
        await host.Dashboards.StoreAsync("points", "queue_length", new Dictionary<string, string>(window) { ["servicePoint"] = "Library" }, 3);
        await host.Dashboards.StoreAsync("points", "queue_length", new Dictionary<string, string>(window) { ["servicePoint"] = "Harbour" }, 7);
        var wall = new Wall(await browser.NewWallPageAsync());

        await wall.OpenAsync(host.BaseAddress, "/d/one-point");

        await Expect(wall.Tile("library")).ToHaveAttributeAsync("data-value", "3");
        await Expect(wall.Tile("harbour")).ToHaveAttributeAsync("data-value", "7");
        await Expect(wall.Tile("overall")).ToHaveAttributeAsync("data-value", "10");
        await Expect(wall.Tile("library").Locator(".number-value")).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task Open_FinnishDashboard_SaysItsWordsAgesAndStatesInFinnish()
    {
        await host.Dashboards.SaveCollectorAsync("fi-closed", "queue-times", "0 0 1 1 *");
        await host.Dashboards.SaveCollectorAsync("fi-feedback", "feedback", "0 0 1 1 *");
        await host.Dashboards.PutDashboardAsync("suomeksi", new
        {
            id = "suomeksi",
            title = "Palvelupisteet",
            language = "fi",
            columns = 12,
            rows = 8,
            tiles = new object[]
            {
                new { id = "closed", widget = "number", x = 0, y = 0, w = 4, h = 4, collectorId = "fi-closed", metric = "wait_minutes" },
                new { id = "few", widget = "number", x = 4, y = 0, w = 4, h = 4, collectorId = "fi-feedback", metric = "nps" },
                new { id = "clock", widget = "clock", x = 8, y = 0, w = 4, h = 4 },
            },
        });
        var snapshot = await host.Dashboards.SnapshotAsync("suomeksi");
        await host.Dashboards.StoreAsync("fi-closed", "wait_minutes", WindowOf(snapshot, "closed"), null, FigureState.Closed);
        await host.Dashboards.StoreAsync("fi-feedback", "nps", WindowOf(snapshot, "few"), null, FigureState.TooFewData, basis: 3);
        var wall = new Wall(await browser.NewWallPageAsync());

        await wall.OpenAsync(host.BaseAddress, "/d/suomeksi");

        await Expect(wall.Page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(wall.Tile("closed").Locator(".number-value")).ToHaveTextAsync("Suljettu");
        await Expect(wall.Tile("few").Locator(".number-value")).ToHaveTextAsync("Liian vähän vastauksia (3)");
        await Expect(wall.Tile("closed").Locator("[data-part=age]")).ToHaveTextAsync("päivitetty juuri nyt");
        await Expect(wall.Page.Locator(".live-label")).ToHaveTextAsync("LIVE");
        await Expect(wall.Tile("clock").Locator(".clock-date")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)"));
    }

    [Fact]
    public async Task PauseCollector_RunningEveryFiveSeconds_ItsTilesTurnStaleInWords()
    {
        const string collectorId = "every-five-seconds";
        await host.Dashboards.SaveCollectorAsync(collectorId, "queue-times", "*/5 * * * * *");
        await host.Dashboards.PutDashboardAsync("stale", TestDashboards.OneTile("stale", collectorId, "queue_length"));
        await host.Dashboards.WaitForValuesAsync(collectorId);
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(host.BaseAddress, "/d/stale");
        await Expect(wall.Tile("main")).ToHaveAttributeAsync("data-stale", "false", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });

        await host.Dashboards.SaveCollectorAsync(collectorId, "queue-times", "*/5 * * * * *", enabled: false, create: false);

        // Twice the 5 s interval without a value: stale, dimmed and said in words; the last value stays.
        await Expect(wall.Tile("main")).ToHaveAttributeAsync("data-stale", "true", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        await Expect(wall.Tile("main").Locator("[data-part=age]")).ToContainTextAsync("Stale: no new data for");
        await Expect(wall.Tile("main").Locator(".number-value")).Not.ToHaveTextAsync("");
    }

    [Fact]
    public async Task Playlist_TwoDashboards_ShowsEachForItsOwnSeconds()
    {
        await host.Dashboards.PutDashboardAsync("first", TestDashboards.OneTile("first", TestDashboards.QueueCollector, "queue_length"));
        await host.Dashboards.PutDashboardAsync("second", TestDashboards.OneTile("second", TestDashboards.QueueCollector, "wait_minutes"));
        await host.Dashboards.PutPlaylistAsync("lobby", new
        {
            id = "lobby",
            title = "Lobby",
            items = new object[] { new { dashboardId = "first", seconds = 5 }, new { dashboardId = "second", seconds = 8 } },
            interruptOnCritical = false,
        });
        var page = await browser.NewWallPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/p/lobby").ToString());
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-dashboard", "first", new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });

        var switches = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => {
              const seen = [{ at: performance.now(), id: document.body.dataset.dashboard }];
              new MutationObserver(() => {
                if (seen[seen.length - 1].id !== document.body.dataset.dashboard) seen.push({ at: performance.now(), id: document.body.dataset.dashboard });
                if (seen.length === 4) resolve(seen);
              }).observe(document.body, { attributes: true, attributeFilter: ['data-dashboard'] });
            })
            """);

        var seen = switches.EnumerateArray().Select(item => (At: item.GetProperty("at").GetDouble(), Id: item.GetProperty("id").GetString())).ToList();
        Assert.Equal(["first", "second", "first", "second"], seen.Select(item => item.Id));
        // second stays 8 s, then first 5 s. A timer fires a little late, never early; the page's busy moments (drawing
        // a dashboard's charts) can delay when a switch is observed by up to a few hundred milliseconds either way.
        Assert.InRange(seen[2].At - seen[1].At, 8000 - 300, 8000 + 1000);
        Assert.InRange(seen[3].At - seen[2].At, 5000 - 300, 5000 + 1000);
    }

    [Fact]
    public async Task Playlist_TileOnTheOtherDashboardTurnsCritical_ThatDashboardIsShownAtOnce()
    {
        await host.Dashboards.SaveCollectorAsync("alarm", "queue-times", "0 0 1 1 *");
        await host.Dashboards.PutDashboardAsync("calm", TestDashboards.OneTile("calm", TestDashboards.QueueCollector, "queue_length"));
        await host.Dashboards.PutDashboardAsync("alarm", new
        {
            id = "alarm",
            title = "Alarm",
            columns = 12,
            rows = 8,
            tiles = new object[]
            {
                new { id = "queue", widget = "number", x = 0, y = 0, w = 6, h = 4, collectorId = "alarm", metric = "queue_length", direction = "lowerIsBetter", thresholds = new { warning = 5, critical = 10 } },
            },
        });
        var window = WindowOf(await host.Dashboards.SnapshotAsync("alarm"), "queue");
        await host.Dashboards.StoreAsync("alarm", "queue_length", window, 2);
        await host.Dashboards.PutPlaylistAsync("watchful", new
        {
            id = "watchful",
            title = "Watchful",
            items = new object[] { new { dashboardId = "calm", seconds = 120 }, new { dashboardId = "alarm", seconds = 120 } },
            interruptOnCritical = true,
        });
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.Page.GotoAsync(new Uri(host.BaseAddress, "/p/watchful").ToString());
        // Connected means every dashboard of the playlist has had its snapshot: the alarm tile was seen at 2, on target.
        await wall.WaitForConnectionAsync("connected");
        await Expect(wall.Page.Locator("body")).ToHaveAttributeAsync("data-dashboard", "calm");

        // 25 waiting against a critical limit of 10: the alarm dashboard comes forward long before calm's 120 s are up.
        await host.Dashboards.PushAsync("alarm", "queue_length", window, 25);

        await Expect(wall.Page.Locator("body")).ToHaveAttributeAsync("data-dashboard", "alarm", new() { Timeout = Wall.Milliseconds(TimeSpan.FromSeconds(10)) });
        await Expect(wall.Tile("queue")).ToHaveAttributeAsync("data-state", "critical");
    }

    private static IReadOnlyDictionary<string, string> WindowOf(JsonElement snapshot, string tileId) =>
        new Dictionary<string, string> { ["window"] = snapshot.GetProperty("tiles").GetProperty(tileId).GetProperty("window").GetString()! };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();
}
