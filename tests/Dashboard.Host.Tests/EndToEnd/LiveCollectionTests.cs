using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>The whole path on real Kestrel: collector, plugin loaded from disk, Hangfire job, LiteDB, SignalR, wall.</summary>
public sealed class LiveCollectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private LiveHost _live = null!;

    private HttpClient Client => _live.Client;

    private LiveClient Wall => _live.Wall;

    public Task InitializeAsync()
    {
        _live = LiveHost.Start(new Dictionary<string, string?> { ["Dashboard:JobStorage"] = "LiteDb" }, "queue-times", "fixture-good");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _live.DisposeAsync();

    [Fact]
    public async Task RunNow_CollectorOfBuiltPlugin_WallReceivesTheStoredFigure()
    {
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("city-queue", "queue-times"));
        var snapshot = await Wall.JoinAsync();
        var tile = Assert.Single(snapshot.Tiles, tile => tile.MetricKey == "city-queue.queue_length");
        Assert.Null(tile.Last);

        var run = await Client.PostAsync("/api/collectors/city-queue/run", null);
        var pushed = await Wall.NextValueAsync("city-queue.queue_length", Patience);

        // The demo queue system reads in its real formats; outside opening hours the figure is a closed state, not a zero.
        Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
        Assert.True(pushed.State is FigureState.Value or FigureState.Closed, $"unexpected state {pushed.State}");
        var stored = await Client.GetFromJsonAsync<JsonElement>(
            $"/api/metrics/city-queue.queue_length/samples?dimension.window=today&from={Uri.EscapeDataString(pushed.Timestamp.AddMinutes(-1).ToString("O"))}");
        var sample = Assert.Single(stored.GetProperty("samples").EnumerateArray(), point => point.GetProperty("timestamp").GetDateTimeOffset() == pushed.Timestamp);
        Assert.Equal(pushed.Value, sample.GetProperty("value").ValueKind == JsonValueKind.Null ? null : sample.GetProperty("value").GetDouble());

        // Figures are pushed as soon as they are stored; the run itself is recorded just after, and announced.
        await Wall.NextStatusAsync("city-queue", Patience);
        var collector = await Client.GetFromJsonAsync<JsonElement>("/api/collectors/city-queue");
        Assert.True(collector.GetProperty("lastRun").GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task Schedule_EverySecond_WallReceivesValuesWithoutAnyRequest()
    {
        await Wall.JoinAsync();

        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("ticker", "fixture-good", new { value = 42 }, "* * * * * *"));
        var value = await Wall.NextValueAsync("ticker.value", Patience);

        Assert.Equal(42, value.Value);
        var snapshot = await Client.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.Contains(snapshot!, last => last.GetProperty("metricKey").GetString() == "ticker.value" && last.GetProperty("value").GetDouble() == 42);
    }

    [Fact]
    public async Task RunNow_PluginExceedsTimeout_WallIsToldAndOtherCollectorsStillWork()
    {
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("slow", "fixture-good", new { delayMilliseconds = 60_000 }, timeoutSeconds: 1));
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("healthy", "fixture-good", new { value = 5 }));
        await Wall.JoinAsync();

        await Client.PostAsync("/api/collectors/slow/run", null);
        var status = await Wall.NextStatusAsync("slow", Patience);
        await Client.PostAsync("/api/collectors/healthy/run", null);
        var value = await Wall.NextValueAsync("healthy.value", Patience);

        Assert.Contains("did not finish within 1 s", status.Error);
        Assert.Equal(5, value.Value);
        var wall = await Client.GetFromJsonAsync<JsonElement>("/api/walls/default");
        var slowTile = wall.GetProperty("tiles").EnumerateArray().Single(tile => tile.GetProperty("collectorId").GetString() == "slow");
        Assert.Contains("did not finish", slowTile.GetProperty("collectorError").GetString());
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/recurring")]
    [InlineData("/hangfire/jobs/succeeded")]
    [InlineData("/hangfire/jobs/failed")]
    [InlineData("/hangfire/jobs/enqueued")]
    [InlineData("/hangfire/jobs/processing")]
    [InlineData("/hangfire/jobs/scheduled")]
    [InlineData("/hangfire/servers")]
    [InlineData("/hangfire/retries")]
    public async Task HangfireDashboard_OnLiteDbStorageAfterARun_ServesEveryPage(string page)
    {
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("paged", "fixture-good", new { value = 1 }));
        await Wall.JoinAsync();
        await Client.PostAsync("/api/collectors/paged/run", null);
        await Wall.NextValueAsync("paged.value", Patience);

        var response = await Client.GetAsync(page);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dashboard jobs", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JoinWall_UnknownWall_IsRefusedWithItsName()
    {
        await Wall.JoinAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => Wall.InvokeJoinAsync("lobby"));

        Assert.Contains("lobby", error.Message);
    }
}
