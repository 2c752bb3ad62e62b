using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Figures;
using Dashboard.Host.Records;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Host.Tests.Figures;

/// <summary>The refresher in the real host, with the fixture record plugin and a clock the test moves.</summary>
public sealed class FigureRefresherTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private LiveHost _live = null!;

    private IServiceProvider Services => _live.Host.Factory.Services;

    private FigureRefresher Refresher => Services.GetRequiredService<FigureRefresher>();

    public Task InitializeAsync()
    {
        _live = LiveHost.Start(new Dictionary<string, string?>(), services => services.AddSingleton<TimeProvider>(_time), "fixture-records");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _live.DisposeAsync();

    [Fact]
    public async Task RequestRefresh_BurstOfAHundredRightAfterARecomputation_RecomputesOnceMoreAfterASecond()
    {
        await CreateAsync("burst", ["60m"]);
        await PushAsync("burst", Event("a", Start.AddMinutes(-5), value: 2));
        Services.GetRequiredService<IFigureRefresher>().RequestRefresh("burst");
        await WaitForComputationsAsync("burst", 1);

        await PushAsync("burst", Event("b", Start.AddMinutes(-4), value: 3));
        for (var request = 0; request < 100; request++)
        {
            Services.GetRequiredService<IFigureRefresher>().RequestRefresh("burst");
        }

        await _live.Host.Logs.WaitForAsync(entry => entry.Message.StartsWith("Figures of collector burst were computed less than", StringComparison.Ordinal), Patience);
        _time.Advance(FigureRefresher.MinimumInterval);
        await WaitForComputationsAsync("burst", 2);

        Assert.Equal(2, Computations("burst"));
        // Records a (value 2) and b (value 3) both started within the last 60 minutes: sum 2 + 3 = 5.
        var sum = await LastValueAsync("burst.value_sum", "60m");
        Assert.Equal(5, sum.GetProperty("value").GetDouble());
        Assert.Equal(Start.AddSeconds(1), sum.GetProperty("timestamp").GetDateTimeOffset());
    }

    [Fact]
    public async Task RequestRefresh_PluginThrowsInCompute_RecordsTheErrorAndKeepsRefreshingOthers()
    {
        await CreateAsync("broken", ["60m"], new { failWith = "formula exploded" });
        await CreateAsync("healthy", ["60m"]);
        var brokenScreen = await _live.WatchAsync("broken");
        var healthyScreen = await _live.WatchAsync("healthy");
        await PushAsync("healthy", Event("a", Start.AddMinutes(-1), value: 7));

        Services.GetRequiredService<IFigureRefresher>().RequestRefresh("broken");
        var status = await brokenScreen.NextStatusAsync("broken", Patience);
        Services.GetRequiredService<IFigureRefresher>().RequestRefresh("healthy");
        var healthy = await healthyScreen.NextValueAsync("healthy.value_sum", Patience);

        var collector = await _live.Client.GetFromJsonAsync<JsonElement>("/api/collectors/broken");
        var figureError = collector.GetProperty("figureError").GetString();
        Assert.Contains("formula exploded", figureError);
        Assert.Contains("window '60m'", figureError);
        Assert.Equal(ShortError.Of(figureError), status.Error);
        Assert.Equal(7, healthy.Value);
        Assert.Equal(FigureState.Value, healthy.State);
    }

    [Fact]
    public async Task ComputeAtAsync_SameSecondAfterARecordChanged_ReplacesTheSampleAndNeverAdds()
    {
        await CreateAsync("same", ["60m"]);
        var collector = Services.GetRequiredService<Dashboard.Host.Collectors.CollectorRepository>().Find("same")!;
        var at = Start.AddMinutes(-30);
        await PushAsync("same", Event("a", at.AddMinutes(-10), value: 1));

        await Refresher.ComputeAtAsync(collector, at, CancellationToken.None);
        await PushAsync("same", Event("a", at.AddMinutes(-9), value: 4));
        await Refresher.ComputeAtAsync(collector, at.AddMilliseconds(300), CancellationToken.None);

        var samples = await _live.Client.GetFromJsonAsync<JsonElement>(
            $"/api/metrics/same.value_sum/samples?dimension.window=60m&from={Uri.EscapeDataString(at.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(Start.ToString("O"))}");
        var sample = Assert.Single(samples.GetProperty("samples").EnumerateArray());
        // The later update of record a (as of 09:21 rather than 09:20) set its value to 4.
        Assert.Equal(4, sample.GetProperty("value").GetDouble());
        Assert.Equal(at, sample.GetProperty("timestamp").GetDateTimeOffset());
    }

    private async Task CreateAsync(string id, string[] windows, object? settings = null) =>
        await HostWithPlugins.CreateAsync(_live.Client, HostWithPlugins.Collector(id, "fixture-records", settings) with { Windows = windows });

    private Task PushAsync(string collectorId, RecordUpdate update) =>
        Services.GetRequiredService<IRecordStore>().ApplyAsync(collectorId, [update], null);

    private static RecordUpdate Event(string id, DateTimeOffset at, double value) => new()
    {
        RecordId = id,
        AsOf = at,
        Fields = new Dictionary<string, object?> { [RecordRules.StartField] = at, ["value"] = value },
    };

    private int Computations(string collectorId) =>
        _live.Host.Logs.Entries.Count(entry => entry.Message.StartsWith($"Figures of collector {collectorId} at ", StringComparison.Ordinal));

    private Task WaitForComputationsAsync(string collectorId, int count) =>
        _live.Host.Logs.WaitForAsync(_ => Computations(collectorId) >= count, Patience);

    private async Task<JsonElement> LastValueAsync(string metricKey, string window)
    {
        var snapshot = await _live.Client.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        return snapshot!.Single(value => value.GetProperty("metricKey").GetString() == metricKey
            && value.GetProperty("dimensions").GetProperty("window").GetString() == window);
    }
}
