using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>The editor page (/edit/{id}) against the real host: what it saves is what the wall shows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorPageTests(BrowserFixture browser, WallHostFixture host) : IClassFixture<WallHostFixture>, IAsyncLifetime
{
    [Fact]
    public async Task Save_NewDashboardWithATile_TheWallThenShowsIt()
    {
        await host.Dashboards.WaitForValuesAsync(TestDashboards.QueueCollector);
        var page = await browser.NewWallPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/edit/new").ToString());
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

        await page.FillAsync("#dashboard-form [name=id]", "edited");
        await page.FillAsync("#dashboard-form [name=title]", "Made in the editor");
        await page.ClickAsync("#add-tile");
        await page.SelectOptionAsync("#tile-form [name=collectorId]", TestDashboards.QueueCollector);
        await page.SelectOptionAsync("#tile-form [name=metric]", "queue_length");
        await page.FillAsync("#tile-form [name=title]", "People in line");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-state")).ToHaveTextAsync("Saved.");

        var wall = new Wall(page);
        await wall.OpenAsync(host.BaseAddress, "/d/edited");
        await Expect(page.Locator("#wall-title")).ToHaveTextAsync("Made in the editor");
        await Expect(wall.Tile("tile-1").Locator(".tile-title")).ToHaveTextAsync("People in line");
        await wall.WaitForReadingAsync("tile-1");
    }

    [Fact]
    public async Task Save_TileWithoutACollector_ShowsTheServersErrorBesideTheField()
    {
        var page = await browser.NewWallPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/edit/refused").ToString());
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");

        await page.FillAsync("#dashboard-form [name=title]", "Refused");
        await page.ClickAsync("#add-tile");
        await page.ClickAsync("#save");

        await Expect(page.Locator("#editor-problem")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^Not saved: \d+ problems?\."));
        await Expect(page.Locator("#tile-form [data-error=collectorId]")).ToContainTextAsync("must name a collector");
        await Expect(page.Locator(".editor-tile.has-error")).ToHaveCountAsync(1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.CloseWallPagesAsync();
}
