using System.Text.Json;

namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/tiles.js: the grid that fills a 16:9 screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TilesModuleTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(4, 2, 2)]
    [InlineData(6, 3, 2)]
    [InlineData(8, 4, 2)]
    [InlineData(9, 3, 3)]
    [InlineData(12, 4, 3)]
    public async Task GridShape_TileCount_ColumnsAndRowsForAWideScreen(int count, int columns, int rows)
    {
        var modules = await browser.GetModulePageAsync();

        var shape = await modules.EvaluateAsync<JsonElement>("tiles.js", "(m, count) => m.gridShape(count)", count);

        Assert.Equal(columns, shape.GetProperty("columns").GetInt32());
        Assert.Equal(rows, shape.GetProperty("rows").GetInt32());
    }

    [Theory]
    [InlineData(3, 1, 3)]
    [InlineData(8, 2, 4)]
    [InlineData(12, 3, 4)]
    public async Task GridShape_PortraitScreen_TurnsTheGridRound(int count, int columns, int rows)
    {
        var modules = await browser.GetModulePageAsync();

        var shape = await modules.EvaluateAsync<JsonElement>("tiles.js", "(m, count) => m.gridShape(count, true)", count);

        Assert.Equal(columns, shape.GetProperty("columns").GetInt32());
        Assert.Equal(rows, shape.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task GridShape_UpToTwentyTiles_AlwaysHasRoomAndIsWiderThanTall()
    {
        var modules = await browser.GetModulePageAsync();

        var shapes = await modules.EvaluateAsync<JsonElement>("tiles.js", "m => Array.from({ length: 20 }, (_, i) => ({ count: i + 1, ...m.gridShape(i + 1) }))");

        foreach (var shape in shapes.EnumerateArray())
        {
            var (count, columns, rows) = (shape.GetProperty("count").GetInt32(), shape.GetProperty("columns").GetInt32(), shape.GetProperty("rows").GetInt32());
            Assert.True(columns * rows >= count, $"{count} tiles in {columns}x{rows}");
            Assert.True(columns >= rows, $"{count} tiles in {columns}x{rows}");
        }
    }

    [Fact]
    public async Task RenderTiles_FreshAndStaleFailingTiles_ExposeTheirStateAndSayWhatIsWrong()
    {
        await using var wallMarkup = await ModulePage.OpenAsync(browser, "index.html");

        var tiles = await wallMarkup.EvaluateAsync<JsonElement>("tiles.js", """
            m => {
              const now = Date.parse('2026-01-01T12:00:00Z');
              const tile = (metricKey, collectorId, minutesOld, value, collectorError) => ({
                metricKey, collectorId, title: 'Average wait', subtitle: 'City hall', unit: 'min', direction: 'lowerIsBetter',
                target: 10, staleAfterSeconds: 90, collectorError,
                last: { timestamp: new Date(now - minutesOld * 60000).toISOString(), value },
                history: [{ timestamp: new Date(now - 3600000).toISOString(), value: 5 }, { timestamp: new Date(now - minutesOld * 60000).toISOString(), value }] });
              const grid = document.getElementById('tiles');
              m.renderTiles(grid, [tile('q.fresh', 'q', 0.5, 4.25, null), tile('r.old', 'r', 47, 12, 'Timed out after 30 s')], now);
              return [...grid.querySelectorAll('.tile')].map(el => ({
                key: el.dataset.metricKey, value: el.dataset.value, timestamp: el.dataset.timestamp, state: el.dataset.state, stale: el.dataset.stale,
                shown: el.querySelector('[data-part=value]').textContent, age: el.querySelector('[data-part=age]').textContent,
                status: el.querySelector('[data-part=status]').textContent, target: el.querySelector('[data-part=target]').textContent,
                errorVisible: el.querySelector('[data-part=error]').checkVisibility(), error: el.querySelector('[data-part=error]').textContent.trim(),
                chart: el.querySelectorAll('canvas').length }));
            }
            """);

        var fresh = tiles[0];
        Assert.Equal("q.fresh", fresh.GetProperty("key").GetString());
        Assert.Equal("4.25", fresh.GetProperty("value").GetString());
        Assert.Equal("2026-01-01T11:59:30.000Z", fresh.GetProperty("timestamp").GetString());
        Assert.Equal("good", fresh.GetProperty("state").GetString());
        Assert.Equal("false", fresh.GetProperty("stale").GetString());
        Assert.Equal("4.3", fresh.GetProperty("shown").GetString());
        Assert.Equal("updated just now", fresh.GetProperty("age").GetString());
        Assert.Equal("✓ On target", fresh.GetProperty("status").GetString());
        Assert.Equal("Target ≤ 10 min", fresh.GetProperty("target").GetString());
        Assert.False(fresh.GetProperty("errorVisible").GetBoolean());
        Assert.True(fresh.GetProperty("chart").GetInt32() > 0);

        var failing = tiles[1];
        Assert.Equal("bad", failing.GetProperty("state").GetString());
        Assert.Equal("true", failing.GetProperty("stale").GetString());
        Assert.Equal("No new data for 47 min", failing.GetProperty("age").GetString());
        Assert.True(failing.GetProperty("errorVisible").GetBoolean());
        Assert.Contains("Timed out after 30 s", failing.GetProperty("error").GetString());
    }

    [Fact]
    public async Task RenderTiles_FiguresInStates_ReadAsWordsOrADashAndNeverAsOnTarget()
    {
        await using var wallMarkup = await ModulePage.OpenAsync(browser, "index.html");

        var tiles = await wallMarkup.EvaluateAsync<JsonElement>("tiles.js", """
            m => {
              const now = Date.parse('2026-01-01T21:00:00Z');
              const at = new Date(now - 30000).toISOString();
              const tile = (metricKey, last) => ({
                metricKey, collectorId: 'q', title: 'Average wait', subtitle: 'City hall · today', unit: 'min', direction: 'lowerIsBetter',
                target: 10, staleAfterSeconds: 90, collectorError: null, last: { timestamp: at, ...last },
                history: [{ timestamp: new Date(now - 3600000).toISOString(), value: 5, state: 'value' }, { timestamp: at, ...last }] });
              const grid = document.getElementById('tiles');
              m.renderTiles(grid, [
                tile('q.closed', { value: null, state: 'closed', basis: null }),
                tile('q.few', { value: null, state: 'tooFewData', basis: 3 }),
                tile('q.none', { value: null, state: 'noData', basis: null }),
                tile('q.old', { value: 4 })], now);
              return [...grid.querySelectorAll('.tile')].map(el => ({
                figureState: el.dataset.figureState, state: el.dataset.state, value: el.dataset.value,
                shown: el.querySelector('[data-part=value]').textContent, unit: el.querySelector('[data-part=unit]').textContent,
                status: el.querySelector('[data-part=status]').textContent, age: el.querySelector('[data-part=age]').textContent }));
            }
            """);

        Assert.Equal(["closed", "tooFewData", "noData", "value"], tiles.EnumerateArray().Select(tile => tile.GetProperty("figureState").GetString()));
        Assert.Equal(["Closed", "Too few answers (3)", "–", "4"], tiles.EnumerateArray().Select(tile => tile.GetProperty("shown").GetString()));
        Assert.Equal(["neutral", "neutral", "neutral", "good"], tiles.EnumerateArray().Select(tile => tile.GetProperty("state").GetString()));
        Assert.Equal(["", "", "", "min"], tiles.EnumerateArray().Select(tile => tile.GetProperty("unit").GetString()));
        Assert.Equal(["", "", "", "✓ On target"], tiles.EnumerateArray().Select(tile => tile.GetProperty("status").GetString()));
        Assert.All(tiles.EnumerateArray(), tile => Assert.Equal("updated just now", tile.GetProperty("age").GetString()));
        Assert.All(tiles.EnumerateArray().Take(3), tile => Assert.Equal("", tile.GetProperty("value").GetString()));
    }
}
