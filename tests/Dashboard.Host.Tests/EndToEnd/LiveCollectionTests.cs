using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Live;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using Microsoft.AspNetCore.SignalR;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>The whole path on real Kestrel: collector, plugin loaded from disk, Hangfire job, LiteDB, SignalR, a screen of its dashboard.</summary>
public sealed class LiveCollectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private LiveHost _live = null!;

    private HttpClient Client => _live.Client;

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
        var screen = await _live.WatchAsync("city-queue-service-points");
        var snapshot = await screen.WatchAsync("city-queue-service-points");
        var tile = snapshot.Tiles["waiting"];
        Assert.Equal("city-queue.queue_length", tile.MetricKey);
        Assert.Null(tile.Last);

        var run = await Client.PostAsync("/api/collectors/city-queue/run", null);
        var update = await screen.NextAsync<FiguresUpdate>(update => update.Values.Any(value => value.SeriesKey == tile.SeriesKey), Patience);
        var pushed = update.Values.Single(value => value.SeriesKey == tile.SeriesKey);

        // The demo queue system reads in its real formats; outside opening hours the figure is a closed state, not a zero.
        Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
        Assert.True(pushed.State is FigureState.Value or FigureState.Closed, $"unexpected state {pushed.State}");
        var stored = await Client.GetFromJsonAsync<JsonElement>(
            $"/api/metrics/city-queue.queue_length/samples?dimension.window=today&from={Uri.EscapeDataString(pushed.Timestamp.AddMinutes(-1).ToString("O"))}");
        var sample = Assert.Single(stored.GetProperty("samples").EnumerateArray(), point => point.GetProperty("timestamp").GetDateTimeOffset() == pushed.Timestamp);
        Assert.Equal(pushed.Value, sample.GetProperty("value").ValueKind == JsonValueKind.Null ? null : sample.GetProperty("value").GetDouble());

        Assert.True((await LastRunAsync("city-queue")).GetProperty("succeeded").GetBoolean());
    }

    /// <summary>Figures are pushed as soon as they are stored; the run itself is recorded just after them.</summary>
    private async Task<JsonElement> LastRunAsync(string collectorId)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            var lastRun = (await Client.GetFromJsonAsync<JsonElement>($"/api/collectors/{collectorId}", deadline.Token)).GetProperty("lastRun");
            if (lastRun.ValueKind == JsonValueKind.Object)
            {
                return lastRun;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    [Fact]
    public async Task Schedule_EverySecond_WallReceivesValuesWithoutAnyRequest()
    {
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("ticker", "fixture-good", new { value = 42 }, "* * * * * *"));
        var screen = await _live.WatchAsync("ticker");
        var value = await screen.NextValueAsync("ticker.value", Patience);

        Assert.Equal(42, value.Value);
        var snapshot = await Client.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.Contains(snapshot!, last => last.GetProperty("metricKey").GetString() == "ticker.value" && last.GetProperty("value").GetDouble() == 42);
    }

    [Fact]
    public async Task RunNow_PluginExceedsTimeout_WallIsToldAndOtherCollectorsStillWork()
    {
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("slow", "fixture-good", new { delayMilliseconds = 60_000 }, timeoutSeconds: 1));
        await HostWithPlugins.CreateAsync(Client, HostWithPlugins.Collector("healthy", "fixture-good", new { value = 5 }));
        var slowScreen = await _live.WatchAsync("slow");
        var healthyScreen = await _live.WatchAsync("healthy");

        await Client.PostAsync("/api/collectors/slow/run", null);
        var status = await slowScreen.NextStatusAsync("slow", Patience);
        await Client.PostAsync("/api/collectors/healthy/run", null);
        var value = await healthyScreen.NextValueAsync("healthy.value", Patience);

        Assert.Contains("did not finish within 1 s", status.Error);
        Assert.Equal(5, value.Value);
        var snapshot = await Client.GetFromJsonAsync<JsonElement>("/api/dashboards/slow/snapshot");
        Assert.Contains("did not finish", snapshot.GetProperty("collectors").GetProperty("slow").GetProperty("error").GetString());
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
        var screen = await _live.WatchAsync("paged");
        await Client.PostAsync("/api/collectors/paged/run", null);
        await screen.NextValueAsync("paged.value", Patience);

        var response = await Client.GetAsync(page);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dashboard jobs", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Watch_UnknownDashboard_IsRefusedWithItsName()
    {
        await using var screen = new ScreenClient(_live.Address);

        var error = await Assert.ThrowsAsync<HubException>(() => screen.WatchAsync("lobby"));

        Assert.Contains("There is no dashboard 'lobby'", error.Message);
    }
}
