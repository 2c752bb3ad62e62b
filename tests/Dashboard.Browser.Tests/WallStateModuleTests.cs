using System.Text.Json;

namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/wall-state.js: a dashboard's snapshot, then live figures on top of it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallStateModuleTests(BrowserFixture browser)
{
    /// <summary>A snapshot as the host sends it: a number tile on the Library's wait and a service-point board.</summary>
    public const string Snapshot = """
        const snapshot = {
          dashboardId: 'desk', serverTime: '2026-01-01T12:00:00Z', hostVersion: '1.0.0',
          dashboard: { id: 'desk', title: 'Desk', language: 'fi', columns: 12, rows: 8, tiles: [
            { id: 'wait', widget: 'number', x: 0, y: 0, w: 3, h: 2, collectorId: 'q', metric: 'wait_minutes', dimensions: { servicePoint: 'Library' }, thresholds: { warning: 10, critical: 20 } },
            { id: 'board', widget: 'servicePoints', x: 3, y: 0, w: 6, h: 4, collectorId: 'q', metric: 'queue_length', groupBy: 'servicePoint', metrics: ['longest_wait_minutes'] } ] },
          collectors: { q: { id: 'q', name: 'Queues', pluginId: 'queue-times', status: 'ok', error: null, intervalSeconds: 60, staleAfterSeconds: 120 } },
          tiles: {
            wait: { tileId: 'wait', collectorId: 'q', metricKey: 'q.wait_minutes', seriesKey: 'q.wait_minutes|servicePoint=Library|window=today', window: 'today',
              title: 'Average wait', unit: 'min', direction: 'lowerIsBetter', target: 15, last: { timestamp: '2026-01-01T12:00:00Z', value: 4, state: 'value' }, previous: null, series: null, breakdown: null, problem: null },
            board: { tileId: 'board', collectorId: 'q', metricKey: 'q.queue_length', seriesKey: 'q.queue_length|window=today', window: 'today',
              title: 'People waiting', unit: '', direction: 'lowerIsBetter', breakdown: [
                { name: 'Library', seriesKey: 'q.queue_length|servicePoint=Library|window=today', last: { timestamp: '2026-01-01T12:00:00Z', value: 3, state: 'value' },
                  metrics: { longest_wait_minutes: { timestamp: '2026-01-01T12:00:00Z', value: 7, state: 'value' } } } ] } } };
        const state = m.createWallState();
        state.applySnapshot(snapshot);
        """;

    [Fact]
    public async Task ApplySnapshot_DocumentAndData_MergesEachTilesOwnSettingsWithItsData()
    {
        var modules = await browser.GetModulePageAsync();

        var tile = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{Snapshot}} const t = state.tile('desk', 'wait');
              return { title: t.title, unit: t.unit, value: t.last.value, staleAfter: t.staleAfterSeconds, warning: t.thresholds.warning, collector: t.collectorName, language: state.dashboard('desk').language }; }
            """);

        Assert.Equal("Average wait", tile.GetProperty("title").GetString());
        Assert.Equal("min", tile.GetProperty("unit").GetString());
        Assert.Equal(4, tile.GetProperty("value").GetDouble());
        Assert.Equal(120, tile.GetProperty("staleAfter").GetInt32());
        Assert.Equal(10, tile.GetProperty("warning").GetDouble());
        Assert.Equal("Queues", tile.GetProperty("collector").GetString());
        Assert.Equal("fi", tile.GetProperty("language").GetString());
    }

    [Fact]
    public async Task ApplyFigures_NewerValuesOfTheTilesSeries_BecomeLastAndPointRowsChange()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{Snapshot}}
              const outcome = state.applyFigures({ dashboardId: 'desk', collectorId: 'q', values: [
                { seriesKey: 'q.wait_minutes|servicePoint=Library|window=today', metricKey: 'q.wait_minutes', dimensions: { servicePoint: 'Library', window: 'today' }, timestamp: '2026-01-01T12:01:00Z', value: 12, state: 'value' },
                { seriesKey: 'q.longest_wait_minutes|servicePoint=Library|window=today', metricKey: 'q.longest_wait_minutes', dimensions: { servicePoint: 'Library', window: 'today' }, timestamp: '2026-01-01T12:01:00Z', value: 9, state: 'value' },
                { seriesKey: 'q.longest_wait_minutes|servicePoint=Library|window=60m', metricKey: 'q.longest_wait_minutes', dimensions: { servicePoint: 'Library', window: '60m' }, timestamp: '2026-01-01T12:01:00Z', value: 99, state: 'value' } ] });
              return { changed: outcome.changed, unplaced: outcome.unplaced, wait: state.tile('desk', 'wait').last.value,
                longest: state.tile('desk', 'board').groups[0].values.longest_wait_minutes.value }; }
            """);

        Assert.Equal(["wait", "board"], result.GetProperty("changed").EnumerateArray().Select(id => id.GetString()));
        Assert.False(result.GetProperty("unplaced").GetBoolean());
        Assert.Equal(12, result.GetProperty("wait").GetDouble());
        Assert.Equal(9, result.GetProperty("longest").GetDouble());
    }

    [Theory]
    [InlineData("2026-01-01T12:00:00Z")]
    [InlineData("2026-01-01T11:58:00Z")]
    public async Task ApplyFigures_ValueNotNewerThanLast_IsIgnored(string timestamp)
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            (m, timestamp) => { {{Snapshot}}
              const outcome = state.applyFigures({ dashboardId: 'desk', values: [{ seriesKey: 'q.wait_minutes|servicePoint=Library|window=today', metricKey: 'q.wait_minutes', dimensions: {}, timestamp, value: 99 }] });
              return { changed: outcome.changed.length, last: state.tile('desk', 'wait').last.value }; }
            """, timestamp);

        Assert.Equal(0, result.GetProperty("changed").GetInt32());
        Assert.Equal(4, result.GetProperty("last").GetDouble());
    }

    [Fact]
    public async Task ApplyFigures_ANewServicePoint_IsUnplacedSoThePageReadsASnapshot()
    {
        var modules = await browser.GetModulePageAsync();

        var unplaced = await modules.EvaluateAsync<bool>("wall-state.js", $$"""
            m => { {{Snapshot}}
              return state.applyFigures({ dashboardId: 'desk', values: [{ seriesKey: 'q.queue_length|servicePoint=Harbour|window=today', metricKey: 'q.queue_length',
                dimensions: { servicePoint: 'Harbour', window: 'today' }, timestamp: '2026-01-01T12:01:00Z', value: 2 }] }).unplaced; }
            """);

        Assert.True(unplaced);
    }

    [Fact]
    public async Task ApplyCollectorStatus_ErrorThenRecovery_SetsAndClearsTheTilesError()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{Snapshot}}
              const affected = state.applyCollectorStatus({ collectorId: 'q', lastRunAt: '2026-01-01T12:01:00Z', error: 'Timed out' });
              const failing = state.tile('desk', 'wait').collectorError;
              state.applyCollectorStatus({ collectorId: 'q', lastRunAt: '2026-01-01T12:02:00Z', error: null });
              const untouched = state.applyCollectorStatus({ collectorId: 'someone-else', lastRunAt: '2026-01-01T12:02:00Z', error: 'x' });
              return { affected: affected.length, failing, recovered: state.tile('desk', 'wait').collectorError, untouched: untouched.length }; }
            """);

        Assert.Equal(2, result.GetProperty("affected").GetInt32());
        Assert.Equal("Timed out", result.GetProperty("failing").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("recovered").ValueKind);
        Assert.Equal(0, result.GetProperty("untouched").GetInt32());
    }
}
