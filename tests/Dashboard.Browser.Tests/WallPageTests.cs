using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The wall page (wwwroot/index.html) against the real host with the demo collectors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallPageTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>
{
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
            await wall.WaitForValueAsync(key);
            await Expect(wall.Tile(key).Locator("[data-part=value]")).Not.ToHaveTextAsync("–");
        }

        await Expect(wall.Banner).ToBeHiddenAsync();
        await WallScreenshot.SaveAsync(wall.Page);
    }

    [Fact]
    public async Task RunCollector_AfterLoad_UpdatesTheTileTimestampWithoutAReload()
    {
        var metricKeys = await host.GetSeededMetricKeysAsync();
        var wall = new Wall(await browser.NewWallPageAsync());
        await wall.OpenAsync(host.BaseAddress);
        var metricKey = metricKeys[0];
        await wall.WaitForValueAsync(metricKey);
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
}
