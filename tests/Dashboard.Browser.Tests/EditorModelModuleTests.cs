using System.Text.Json;

namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/editor-model.js: the editor's changes to a dashboard document.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorModelModuleTests(BrowserFixture browser)
{
    [Fact]
    public async Task AddTile_GridWithATileTopLeft_PlacesTheNewOneBesideIt()
    {
        var modules = await browser.GetModulePageAsync();

        var tile = await modules.EvaluateAsync<JsonElement>("editor-model.js", """
            m => { const d = m.emptyDashboard('x'); d.tiles.push({ id: 'tile-1', widget: 'number', x: 0, y: 0, w: 4, h: 2 }); return m.addTile(d); }
            """);

        // The first 3x2 place row by row: x 0-3 is taken on rows 0-1, so x = 4, y = 0; tile-1 exists, so tile-2.
        Assert.Equal("tile-2", tile.GetProperty("id").GetString());
        Assert.Equal([4, 0, 3, 2], new[] { "x", "y", "w", "h" }.Select(name => tile.GetProperty(name).GetInt32()));
    }

    [Fact]
    public async Task AddTile_FullGrid_GivesNull()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.True(await modules.EvaluateAsync<bool>("editor-model.js", """
            m => { const d = { ...m.emptyDashboard('x'), columns: 2, rows: 1 }; d.tiles.push({ id: 'a', x: 0, y: 0, w: 2, h: 1 }); return m.addTile(d) === null; }
            """));
    }

    [Fact]
    public async Task MoveAndResize_BeyondTheGrid_StayWholeInsideIt()
    {
        var modules = await browser.GetModulePageAsync();

        var place = await modules.EvaluateAsync<int[]>("editor-model.js", """
            m => { const d = m.emptyDashboard('x'); d.tiles.push({ id: 'a', x: 0, y: 0, w: 3, h: 2 });
              m.moveTile(d, 'a', 20, -4); const moved = [d.tiles[0].x, d.tiles[0].y];
              m.resizeTile(d, 'a', 9, 0); return [...moved, d.tiles[0].w, d.tiles[0].h]; }
            """);

        // 12 columns: a 3-wide tile ends at x = 12 - 3 = 9; y below 0 is 0. Then at x = 9 at most 12 - 9 = 3 wide, at least 1 high.
        Assert.Equal([9, 0, 3, 1], place);
    }

    [Fact]
    public async Task ErrorsByField_ValidationProblem_SortedByTileAndField()
    {
        var modules = await browser.GetModulePageAsync();

        var errors = await modules.EvaluateAsync<JsonElement>("editor-model.js", """
            m => m.errorsByField({ title: ['must be 1 to 200 characters'], 'tiles[3].thresholds.critical': ['must be above warning'], 'tiles[3]': ['must not overlap tiles[1]'] })
            """);

        Assert.Equal("must be 1 to 200 characters", errors.GetProperty("dashboard").GetProperty("title")[0].GetString());
        Assert.Equal("must be above warning", errors.GetProperty("tiles").GetProperty("3").GetProperty("thresholds.critical")[0].GetString());
        Assert.Equal("must not overlap tiles[1]", errors.GetProperty("tiles").GetProperty("3").GetProperty("")[0].GetString());
    }

    [Fact]
    public async Task CleanDocument_EmptyOptionalFields_AreLeftOut()
    {
        var modules = await browser.GetModulePageAsync();

        var json = await modules.EvaluateAsync<string>("editor-model.js", """
            m => JSON.stringify(m.cleanDocument({ id: 'x', title: 'T', language: 'en', columns: 12, rows: 8,
              tiles: [{ id: 'a', widget: 'number', x: 0, y: 0, w: 1, h: 1, title: undefined, thresholds: { warning: undefined, critical: 5 }, dimensions: {}, metrics: [] }] }))
            """);

        Assert.Equal("""{"id":"x","title":"T","language":"en","columns":12,"rows":8,"tiles":[{"id":"a","widget":"number","x":0,"y":0,"w":1,"h":1,"thresholds":{"critical":5}}]}""", json);
    }
}
