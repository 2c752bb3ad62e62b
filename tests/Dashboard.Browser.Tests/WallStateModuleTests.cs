using System.Text.Json;

namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/wall-state.js: a snapshot, then live deltas on top of it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallStateModuleTests(BrowserFixture browser)
{
    private const string WithOneTile = """
        const state = m.createWallState();
        state.applySnapshot({ wall: { id: 'default', title: 'T' }, serverTime: '2026-01-01T12:00:00Z', tiles: [{
          metricKey: 'q.wait', collectorId: 'q', title: 'Wait', subtitle: 'Queue', unit: 'min', direction: 'lowerIsBetter',
          target: 10, staleAfterSeconds: 90, last: { timestamp: '2026-01-01T12:00:00Z', value: 4 },
          history: [{ timestamp: '2026-01-01T11:59:00Z', value: 3 }, { timestamp: '2026-01-01T12:00:00Z', value: 4 }], collectorError: null }] });
        """;

    [Fact]
    public async Task ApplyMetrics_NewerValue_BecomesLastAndJoinsHistory()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{WithOneTile}}
              const changed = state.applyMetrics({ wallId: 'default', values: [{ metricKey: 'q.wait', timestamp: '2026-01-01T12:00:30Z', value: 6 }] });
              return { changed, last: state.tile('q.wait').last.value, points: state.tile('q.wait').history.length }; }
            """);

        Assert.Equal("q.wait", result.GetProperty("changed")[0].GetString());
        Assert.Equal(6, result.GetProperty("last").GetDouble());
        Assert.Equal(3, result.GetProperty("points").GetInt32());
    }

    [Theory]
    [InlineData("2026-01-01T12:00:00Z")]
    [InlineData("2026-01-01T11:58:00Z")]
    public async Task ApplyMetrics_ValueNotNewerThanLast_IsIgnored(string timestamp)
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            (m, timestamp) => { {{WithOneTile}}
              const changed = state.applyMetrics({ wallId: 'default', values: [{ metricKey: 'q.wait', timestamp, value: 99 }, { metricKey: 'other.metric', timestamp: '2026-01-01T13:00:00Z', value: 1 }] });
              return { changed: changed.length, last: state.tile('q.wait').last.value, points: state.tile('q.wait').history.length }; }
            """, timestamp);

        Assert.Equal(0, result.GetProperty("changed").GetInt32());
        Assert.Equal(4, result.GetProperty("last").GetDouble());
        Assert.Equal(2, result.GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task ApplyCollectorStatus_ErrorThenRecovery_SetsAndClearsTheTilesError()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{WithOneTile}}
              const affected = state.applyCollectorStatus({ collectorId: 'q', lastRunAt: '2026-01-01T12:01:00Z', error: 'Timed out' });
              const failing = state.tile('q.wait').collectorError;
              state.applyCollectorStatus({ collectorId: 'q', lastRunAt: '2026-01-01T12:02:00Z', error: null });
              const untouched = state.applyCollectorStatus({ collectorId: 'someone-else', lastRunAt: '2026-01-01T12:02:00Z', error: 'x' });
              return { affected: affected.length, failing, recovered: state.tile('q.wait').collectorError, untouched: untouched.length }; }
            """);

        Assert.Equal(1, result.GetProperty("affected").GetInt32());
        Assert.Equal("Timed out", result.GetProperty("failing").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("recovered").ValueKind);
        Assert.Equal(0, result.GetProperty("untouched").GetInt32());
    }

    [Fact]
    public async Task ApplyMetrics_ClosedFigure_BecomesLastWithItsStateAndNoValue()
    {
        var modules = await browser.GetModulePageAsync();

        var result = await modules.EvaluateAsync<JsonElement>("wall-state.js", $$"""
            m => { {{WithOneTile}}
              state.applyMetrics({ wallId: 'default', values: [{ metricKey: 'q.wait', timestamp: '2026-01-01T12:00:30Z', value: null, state: 'closed', basis: null }] });
              const tile = state.tile('q.wait');
              return { last: tile.last, valueIsNull: tile.last.value === null, newest: tile.history[tile.history.length - 1] }; }
            """);

        Assert.Equal("closed", result.GetProperty("last").GetProperty("state").GetString());
        Assert.True(result.GetProperty("valueIsNull").GetBoolean());
        Assert.Equal("closed", result.GetProperty("newest").GetProperty("state").GetString());
    }
}
