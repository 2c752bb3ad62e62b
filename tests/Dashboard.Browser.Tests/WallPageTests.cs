using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Host.Metrics;
using Dashboard.Host.Testing;
using Dashboard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The wall page (wwwroot/index.html) against the real host with the demo collectors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallPageTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    private static readonly Regex Visible = new(@"\S");

    [Fact]
    public async Task Open_SeededDemoCollectors_ShowsATileWithAValueForEachMetric()
    {
        var metricKeys = await host.GetSeededMetricKeysAsync();
        var wall = new Wall(await browser.NewWallPageAsync());

        await wall.OpenAsync(host.BaseAddress);

        Assert.NotEmpty(metricKeys);
        await Expect(wall.Tiles).ToHaveCountAsync(metricKeys.Count);
        foreach (var key in metricKeys)
        {
            await wall.WaitForReadingAsync(key);
            await Expect(wall.Tile(key).Locator("[data-part=value]")).ToHaveTextAsync(Visible);
        }

        await Expect(wall.Banner).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Open_ClosedAndTooFewAnswersFigures_ReadAsWordsNotNumbers()
    {
        var factory = WallHostFixture.CreateFactory();
        browser.DisposeAtTheEnd(factory);
        var address = factory.StartOnKestrel();
        using var http = new HttpClient { BaseAddress = address };
        var wallApi = await http.GetFromJsonAsync<JsonElement>("api/walls/default");
        var tiles = wallApi.GetProperty("tiles").EnumerateArray().ToList();
        var queueTile = tiles.First(tile => tile.GetProperty("collectorId").GetString() == "demo-queues");
        var feedbackTile = tiles.First(tile => tile.GetProperty("metricKey").GetString() == "demo-feedback.nps");
        await PauseDemoCollectorsAsync(http);
        await StoreStateAsync(factory, queueTile, FigureState.Closed, basis: null);
        await StoreStateAsync(factory, feedbackTile, FigureState.TooFewData, basis: 3);
        var wall = new Wall(await browser.NewWallPageAsync());

        await wall.OpenAsync(address);

        var closed = wall.Tile(queueTile.GetProperty("metricKey").GetString()!);
        var tooFew = wall.Tile(feedbackTile.GetProperty("metricKey").GetString()!);
        await Expect(closed.Locator("[data-part=value]")).ToHaveTextAsync("Closed");
        await Expect(closed).ToHaveAttributeAsync("data-state", "neutral");
        await Expect(closed.Locator("[data-part=status]")).ToHaveTextAsync("");
        await Expect(tooFew.Locator("[data-part=value]")).ToHaveTextAsync("Too few answers (3)");
        await Expect(tooFew.Locator("[data-part=unit]")).ToHaveTextAsync("");
        await WallScreenshot.SaveAsync(wall.Page);
    }

    /// <summary>The demo runs every 30 s; once a year instead keeps the stored states on screen.</summary>
    private static async Task PauseDemoCollectorsAsync(HttpClient http)
    {
        foreach (var collector in (await http.GetFromJsonAsync<JsonElement>("api/collectors")).EnumerateArray())
        {
            var request = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(collector.GetRawText())!;
            request["cron"] = JsonSerializer.SerializeToElement("0 0 1 1 *");
            using var response = await http.PutAsJsonAsync($"api/collectors/{collector.GetProperty("id").GetString()}", request);
            response.EnsureSuccessStatusCode();
        }
    }

    private static Task StoreStateAsync(DashboardHostFactory factory, JsonElement tile, FigureState state, int? basis)
    {
        var dimensions = tile.GetProperty("dimensions").Deserialize<Dictionary<string, string>>()!;
        var sample = new QualifiedSample(tile.GetProperty("collectorId").GetString()!, tile.GetProperty("metricKey").GetString()!, DateTimeOffset.UtcNow, null, dimensions)
        {
            State = state,
            Basis = basis,
        };
        return factory.Services.GetRequiredService<IMetricStore>().StoreAsync([sample]);
    }

    [Fact]
    public async Task RunCollector_AfterLoad_UpdatesTheTileTimestampWithoutAReload()
    {
        var metricKeys = await host.GetSeededMetricKeysAsync();
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(host.BaseAddress);
        var metricKey = metricKeys[0];
        await wall.WaitForReadingAsync(metricKey);
        var before = await wall.Tile(metricKey).GetAttributeAsync("data-timestamp");
        var navigations = 0;
        wall.Page.FrameNavigated += (_, frame) => navigations += frame == wall.Page.MainFrame ? 1 : 0;

        var collectorId = metricKey[..metricKey.IndexOf('.')];
        using var response = await host.Http.PostAsync($"api/collectors/{collectorId}/run", null);
        response.EnsureSuccessStatusCode();

        await Expect(wall.Tile(metricKey)).Not.ToHaveAttributeAsync("data-timestamp", before!, new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });
        var after = await wall.Tile(metricKey).GetAttributeAsync("data-timestamp");
        Assert.True(DateTimeOffset.Parse(after!) > DateTimeOffset.Parse(before!), $"{after} should be later than {before}");
        Assert.Equal(0, navigations);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();
}
