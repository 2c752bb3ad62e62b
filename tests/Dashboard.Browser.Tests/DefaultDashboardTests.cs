using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The plugins' default dashboards, bound to the demo collectors, in TV mode on a full-HD and a 4K screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DefaultDashboardTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    public static readonly TheoryData<int, int> Screens = new() { { 1920, 1080 }, { 3840, 2160 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Open_EachDefaultDashboard_FitsTheScreenWithoutScrollingOrCutNumbers(int width, int height)
    {
        foreach (var collector in new[] { "demo-queues", "demo-feedback", "demo-complaints" })
        {
            await host.Dashboards.WaitForValuesAsync(collector);
        }

        var page = await browser.NewWallPageAsync();
        await page.SetViewportSizeAsync(width, height);
        foreach (var id in await DefaultDashboardIdsAsync())
        {
            var wall = new Wall(page);
            await wall.OpenAsync(host.BaseAddress, $"/d/{id}");
            await Expect(page.Locator(".tile").First).ToBeVisibleAsync();
            await WaitForEveryDataTileAsync(page);

            var layout = await page.EvaluateAsync<JsonElement>("""
                () => ({
                  scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
                  cut: [...document.querySelectorAll('.number-reading')].filter(r => r.scrollWidth > r.parentElement.clientWidth + 1 || r.getBoundingClientRect().height > r.parentElement.clientHeight + 1).map(r => r.closest('.tile').dataset.tileId),
                  outside: [...document.querySelectorAll('.tile')].filter(t => t.getBoundingClientRect().bottom > innerHeight || t.getBoundingClientRect().right > innerWidth).map(t => t.dataset.tileId),
                  cutWords: [...document.querySelectorAll('.point-state, .point-waiting, .point-longest')].filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.textContent),
                })
                """);
            Assert.False(layout.GetProperty("scrolls").GetBoolean(), $"{id} scrolls at {width}x{height}");
            Assert.Empty(layout.GetProperty("cut").EnumerateArray());
            Assert.Empty(layout.GetProperty("outside").EnumerateArray());
            Assert.Empty(layout.GetProperty("cutWords").EnumerateArray());
            if (width == 1920)
            {
                await PageScreenshot.SaveAsync(page, $"wall-{id}");
            }
        }
    }

    private async Task<IReadOnlyList<string>> DefaultDashboardIdsAsync()
    {
        var dashboards = await host.Http.GetFromJsonAsync<JsonElement>("api/dashboards");
        var ids = dashboards.EnumerateArray()
            .Where(dashboard => dashboard.GetProperty("origin").GetString() == "generated")
            .Select(dashboard => dashboard.GetProperty("id").GetString()!)
            .Where(id => id.StartsWith("demo-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(ids);
        return ids;
    }

    /// <summary>Every tile that shows data has a reading (a number or a state in words), so the picture is never half-filled.</summary>
    private static Task WaitForEveryDataTileAsync(IPage page) =>
        page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.tile')].filter(t => !['clock', 'text'].includes(t.dataset.widget)).every(t => t.dataset.timestamp !== '')",
            null,
            new() { Timeout = Wall.Milliseconds(Wall.LiveTimeout) });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();
}
