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
}
