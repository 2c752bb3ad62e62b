using System.Text.Json;

namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/tiles.js with its widgets, drawn offline: what each tile says and how it looks when things go wrong.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TilesModuleTests(BrowserFixture browser)
{
    /// <summary>Draws the tiles of WallStateModuleTests.Snapshot plus `extraTiles` in `language` at `now`; returns what each says.</summary>
    private static string Render(string language, string now, string changes = "") => $$"""
        async m => {
          const stateModule = await import('/js/wall-state.js');
          const textsModule = await import('/js/i18n.js');
          const state = stateModule.createWallState();
          {{WallStateModuleTests.Snapshot.Replace("const state = m.createWallState();\n", "").Replace("state.applySnapshot(snapshot);", "")}}
          snapshot.dashboard.language = '{{language}}';
          {{changes}}
          state.applySnapshot(snapshot);
          const grid = document.getElementById('tiles');
          m.renderDashboard(grid, state.dashboard('desk'), state.tiles('desk'), { texts: textsModule.createTexts('{{language}}'), nowMs: Date.parse('{{now}}') });
          return Object.fromEntries([...grid.querySelectorAll('.tile')].map(el => [el.dataset.tileId, {
            state: el.dataset.state, stale: el.dataset.stale, figureState: el.dataset.figureState,
            text: el.querySelector('[data-part=body]').innerText.replace(/\s+/g, ' ').trim(),
            status: el.querySelector('[data-part=status]').textContent, age: el.querySelector('[data-part=age]').textContent,
            error: el.querySelector('[data-part=error]').checkVisibility() ? el.querySelector('[data-part=error]').textContent.trim() : null,
            alerts: el.querySelectorAll('.point[data-alert=true]').length }]));
        }
        """;

    [Fact]
    public async Task RenderDashboard_FreshValuesInFinnish_SayValueStatusAndAgeInFinnish()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var tiles = await page.EvaluateAsync<JsonElement>("tiles.js", Render("fi", "2026-01-01T12:00:30Z"));

        var wait = tiles.GetProperty("wait");
        // 4 min is under the warning threshold of 10: good.
        Assert.Equal("good", wait.GetProperty("state").GetString());
        Assert.Equal("✓ Tavoitteessa", wait.GetProperty("status").GetString());
        Assert.Equal("päivitetty juuri nyt", wait.GetProperty("age").GetString());
        Assert.StartsWith("4min", wait.GetProperty("text").GetString()!.Replace(" ", ""));
        Assert.Contains("Tavoite ≤ 15 min", wait.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, wait.GetProperty("error").ValueKind);
        Assert.Contains("Library", tiles.GetProperty("board").GetProperty("text").GetString());
        Assert.Contains("3 jonossa", tiles.GetProperty("board").GetProperty("text").GetString());
        Assert.Contains("pisin 7 min", tiles.GetProperty("board").GetProperty("text").GetString());
    }

    [Fact]
    public async Task RenderDashboard_OldValuesOfAFailingCollector_StaleInWordsWithAShortErrorAndTheLastValue()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        // 47 min after the last value, the collector's 120 s stale limit is long past.
        var tiles = await page.EvaluateAsync<JsonElement>("tiles.js", Render("en", "2026-01-01T12:47:00Z", """
            snapshot.collectors.q.status = 'failing';
            snapshot.collectors.q.error = 'Timed out after 30 s. The queue system did not answer.';
            """));

        var wait = tiles.GetProperty("wait");
        Assert.Equal("true", wait.GetProperty("stale").GetString());
        Assert.Equal("Stale: no new data for 47 mins", wait.GetProperty("age").GetString());
        Assert.Equal("⚠ Collector failing: Timed out after 30 s.", wait.GetProperty("error").GetString());
        Assert.StartsWith("4", wait.GetProperty("text").GetString());
    }

    [Fact]
    public async Task RenderDashboard_ClosedAndTooFewAnswers_ReadAsWordsNeverOnTarget()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var closed = await page.EvaluateAsync<JsonElement>("tiles.js", Render("fi", "2026-01-01T12:00:30Z", """
            snapshot.tiles.wait.last = { timestamp: '2026-01-01T12:00:00Z', value: null, state: 'closed' };
            """));
        var tooFew = await page.EvaluateAsync<JsonElement>("tiles.js", Render("en", "2026-01-01T12:00:30Z", """
            snapshot.tiles.wait.last = { timestamp: '2026-01-01T12:00:00Z', value: null, state: 'tooFewData', basis: 3 };
            """));

        Assert.Equal("closed", closed.GetProperty("wait").GetProperty("figureState").GetString());
        Assert.StartsWith("Suljettu", closed.GetProperty("wait").GetProperty("text").GetString());
        Assert.Equal("neutral", closed.GetProperty("wait").GetProperty("state").GetString());
        Assert.Equal("", closed.GetProperty("wait").GetProperty("status").GetString());
        Assert.StartsWith("Too few answers (3)", tooFew.GetProperty("wait").GetProperty("text").GetString());
        Assert.Equal("neutral", tooFew.GetProperty("wait").GetProperty("state").GetString());
    }

    [Fact]
    public async Task RenderDashboard_ClosedPointWithPeopleWaiting_StandsOutAsCritical()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var tiles = await page.EvaluateAsync<JsonElement>("tiles.js", Render("en", "2026-01-01T12:00:30Z", """
            snapshot.dashboard.tiles[1].metrics.push('waiting_at_closed_points');
            snapshot.tiles.board.breakdown.push({ name: 'Harbour', seriesKey: 'h', last: { timestamp: '2026-01-01T12:00:00Z', value: null, state: 'closed' },
              metrics: { waiting_at_closed_points: { timestamp: '2026-01-01T12:00:00Z', value: 4, state: 'value' } } });
            """));

        var board = tiles.GetProperty("board");
        Assert.Equal(1, board.GetProperty("alerts").GetInt32());
        Assert.Equal("critical", board.GetProperty("state").GetString());
        Assert.Equal("✕ Critical", board.GetProperty("status").GetString());
        Assert.Contains("⚠ Closed – 4 waiting", board.GetProperty("text").GetString());
    }

    [Fact]
    public async Task RenderDashboard_EveryWidget_DrawsWithoutErrorsAndChartsFillTheirBox()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var charts = await page.EvaluateAsync<JsonElement>("tiles.js", """
            async m => {
              const { createTexts } = await import('/js/i18n.js');
              const now = Date.parse('2026-01-01T12:00:00Z');
              const point = (minutes, value) => ({ timestamp: new Date(now - minutes * 60000).toISOString(), value, state: 'value' });
              const base = { collectorId: 'q', unit: '%', direction: 'higherIsBetter', target: 80, staleAfterSeconds: 600, last: point(0, 72), history: [point(60, 90), point(30, 85), point(0, 72)],
                groups: [{ key: 'Library', last: point(0, 91) }, { key: 'Harbour', last: point(0, 55) }] };
              const widgets = ['number', 'trend', 'bars', 'gauge', 'topList', 'servicePoints', 'clock', 'text'];
              const tiles = widgets.map((widget, index) => ({ ...base, id: widget, widget, title: widget, text: 'Welcome', x: (index % 4) * 3, y: Math.floor(index / 4) * 4, w: 3, h: 4 }));
              const grid = document.getElementById('tiles');
              document.body.style.height = '1080px';
              grid.style.height = '1000px';
              m.renderDashboard(grid, { columns: 12, rows: 8 }, tiles, { texts: createTexts('en'), nowMs: now });
              await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              return [...grid.querySelectorAll('.chart')].map(chart => ({ tile: chart.closest('.tile').dataset.tileId, box: chart.clientWidth, svg: chart.querySelector('svg')?.getAttribute('width') }));
            }
            """);

        Assert.Equal(["trend", "bars", "gauge"], charts.EnumerateArray().Select(chart => chart.GetProperty("tile").GetString()));
        Assert.All(charts.EnumerateArray(), chart => Assert.Equal(chart.GetProperty("box").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), chart.GetProperty("svg").GetString()));
    }

    [Fact]
    public async Task RenderDashboard_ReLayoutToWiderTiles_RedrawsEveryChartToItsNewSize()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var widths = await page.EvaluateAsync<int[]>("tiles.js", """
            async m => {
              const { createTexts } = await import('/js/i18n.js');
              const now = Date.parse('2026-01-01T12:00:00Z');
              const tile = { id: 't', widget: 'trend', title: 'Wait', collectorId: 'q', unit: 'min', staleAfterSeconds: 600, x: 0, y: 0, w: 3, h: 4,
                last: { timestamp: '2026-01-01T12:00:00Z', value: 5 }, history: [{ timestamp: '2026-01-01T11:00:00Z', value: 3 }, { timestamp: '2026-01-01T12:00:00Z', value: 5 }] };
              const grid = document.getElementById('tiles');
              grid.style.height = '800px';
              const frame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              const svgWidth = () => Number(grid.querySelector('.chart svg').getAttribute('width'));
              const context = { texts: createTexts('en'), nowMs: now };
              m.renderDashboard(grid, { columns: 12, rows: 8 }, [tile], context);
              await frame();
              const before = svgWidth();
              m.renderDashboard(grid, { columns: 12, rows: 8 }, [{ ...tile, w: 9 }], context);
              await frame();
              return [before, svgWidth(), grid.querySelector('.chart').clientWidth];
            }
            """);

        Assert.True(widths[1] > widths[0] * 2, $"{widths[0]} px before, {widths[1]} px after");
        Assert.Equal(widths[2], widths[1]);
    }
}
