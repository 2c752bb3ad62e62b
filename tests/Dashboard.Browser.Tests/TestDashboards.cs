using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Metrics;
using Dashboard.Host.Testing;
using Dashboard.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Browser.Tests;

/// <summary>Dashboards, playlists and collectors a test needs, made through the host's API as an editor would.</summary>
public sealed class TestDashboards(HttpClient http, DashboardHostFactory factory)
{
    /// <summary>The seeded demo collector of the queue-times plugin.</summary>
    public const string QueueCollector = "demo-queues";

    public async Task PutDashboardAsync(string id, object document)
    {
        using var response = await http.PutAsJsonAsync($"api/dashboards/{id}", document);
        Assert.True(response.IsSuccessStatusCode, $"PUT dashboard {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task PutPlaylistAsync(string id, object playlist)
    {
        using var response = await http.PutAsJsonAsync($"api/playlists/{id}", playlist);
        Assert.True(response.IsSuccessStatusCode, $"PUT playlist {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Creates the collector (POST) or, when it exists, changes it (PUT), e.g. to pause it with enabled false.</summary>
    public async Task SaveCollectorAsync(string id, string pluginId, string cron, bool enabled = true, bool create = true)
    {
        var collector = new { id, name = $"{id} (test)", pluginId, cron, timeZone = "Europe/Helsinki", enabled };
        using var response = create ? await http.PostAsJsonAsync("api/collectors", collector) : await http.PutAsJsonAsync($"api/collectors/{id}", collector);
        Assert.True(response.IsSuccessStatusCode, $"save collector {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task RunAsync(string collectorId)
    {
        using var response = await http.PostAsync($"api/collectors/{collectorId}/run", null);
        Assert.True(response.IsSuccessStatusCode, $"run {collectorId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<JsonElement> SnapshotAsync(string dashboardId) =>
        await http.GetFromJsonAsync<JsonElement>($"api/dashboards/{dashboardId}/snapshot");

    /// <summary>Waits until the collector has stored values (its first run after the host started), reading the store.</summary>
    public async Task WaitForValuesAsync(string collectorId)
    {
        var store = factory.Services.GetRequiredService<IMetricStore>();
        using var timeout = new CancellationTokenSource(Wall.LiveTimeout);
        while (!store.GetLastValues().Any(value => value.MetricKey.StartsWith(collectorId + ".", StringComparison.Ordinal)))
        {
            await Task.Delay(200, timeout.Token);
        }
    }

    /// <summary>Stores a value (or a state) on the series a tile of a collector reads, as a collection would.</summary>
    public Task StoreAsync(string collectorId, string metric, IReadOnlyDictionary<string, string> dimensions, double? value, FigureState state = FigureState.Value, int? basis = null) =>
        factory.Services.GetRequiredService<IMetricStore>().StoreAsync(
        [
            new QualifiedSample(collectorId, MetricKeys.Qualify(collectorId, metric), DateTimeOffset.UtcNow, value, dimensions) { State = state, Basis = basis },
        ]);

    /// <summary>Stores a value and pushes it to the screens showing it, as a collection run does.</summary>
    public async Task PushAsync(string collectorId, string metric, IReadOnlyDictionary<string, string> dimensions, double value)
    {
        var newest = await factory.Services.GetRequiredService<IMetricStore>().StoreAsync(
            [new QualifiedSample(collectorId, MetricKeys.Qualify(collectorId, metric), DateTimeOffset.UtcNow, value, dimensions)]);
        await factory.Services.GetRequiredService<Dashboard.Host.Live.LivePublisher>().PublishFiguresAsync(collectorId, newest);
    }

    /// <summary>A one-tile dashboard showing <paramref name="metric"/> of the collector, optionally for one service point.</summary>
    public static object OneTile(string id, string collectorId, string metric, string language = "en", string widget = "number", IReadOnlyDictionary<string, string>? dimensions = null) => new
    {
        id,
        title = $"Test {id}",
        language,
        columns = 12,
        rows = 8,
        tiles = new object[]
        {
            new { id = "main", widget, x = 0, y = 0, w = 6, h = 4, collectorId, metric, dimensions },
            new { id = "clock", widget = "clock", x = 6, y = 0, w = 6, h = 4 },
        },
    };
}
