using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>
/// A record plugin on real Kestrel: an NDJSON file read on schedule by Hangfire jobs on LiteDB, records, figures per
/// window in the LiteDB metric store, pushed over SignalR; the same input again, a late event and a restart.
/// </summary>
public sealed class RecordCollectionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string[] Windows = ["60m", "24h"];
    private readonly TempFolder _data = new();
    private readonly TempFolder _plugins = new();
    private readonly TempFolder _input = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public RecordCollectionTests() => PluginFolders.CopyInto(_plugins.Path, "fixture-records");

    private string File => _input.File("events.ndjson");

    public void Dispose()
    {
        _data.Dispose();
        _plugins.Dispose();
        _input.Dispose();
    }

    [Fact]
    public async Task Schedule_NdjsonFile_FiguresStayTheSameForRepeatedInputAndRestartAndMoveForALateEvent()
    {
        // a opened 20 min ago (value 2), b came and went (value 3), c opened 5 min ago (value 4), then a broken line.
        await System.IO.File.WriteAllTextAsync(File, Lines(
            Event("a", -20, start: -20, value: 2),
            Event("b", -10, start: -15, end: -10, value: 3),
            Event("c", -5, start: -5, value: 4),
            "{not json"));
        Dictionary<string, double?> first, repeated, late;
        var logs = new LogCapture();
        using (var host = StartHost(logs))
        {
            var address = host.StartOnKestrel();
            using var client = host.CreateAdminClient();
            await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("events", "fixture-records", new { file = File }, "* * * * * *") with { Windows = Windows });
            await using var wall = new ScreenClient(address);
            await wall.WatchAsync("events");
            var live = await wall.NextValueAsync("events.count", Patience);
            first = await FiguresAsync(client);

            // Three records started in both windows; a and c are still open: count 3, sum 2 + 3 + 4 = 9, open 2.
            Assert.Equal(3, live.Value);
            Assert.Equal(Expected(count: 3, sum: 9, open: 2), first);

            await System.IO.File.AppendAllTextAsync(File, Lines(Event("a", -20, start: -20, value: 2), Event("b", -10, start: -15, end: -10, value: 3), Event("c", -5, start: -5, value: 4)));
            await logs.WaitForAsync(entry => entry.Message.Contains("0 new, 0 updated, 3 unchanged", StringComparison.Ordinal), Patience);
            repeated = await FiguresAsync(client);

            // a's end arrives late, stamped 18 minutes ago: the same record closes, nothing new starts.
            await System.IO.File.AppendAllTextAsync(File, Lines(Event("a", -18, end: -18)));
            await logs.WaitForAsync(entry => entry.Message.Contains("0 new, 1 updated, 0 unchanged", StringComparison.Ordinal), Patience);
            late = await FiguresAsync(client);
        }

        Assert.Equal(first, repeated);
        Assert.Equal(Expected(count: 3, sum: 9, open: 1), late);

        await FileRelease.WaitUntilClosedAsync(Path.Combine(_data.Path, "jobs.db"), Patience);
        var afterRestartLogs = new LogCapture();
        using var second = StartHost(afterRestartLogs);
        var secondClient = second.CreateAdminClient();
        await afterRestartLogs.WaitForAsync(entry => entry.Message.Contains("Collector events stored", StringComparison.Ordinal), Patience);
        Assert.Equal(late, await FiguresAsync(secondClient));
    }

    [Fact]
    public async Task RunNow_FileWithABrokenLine_StoresTheRestAndShowsTheSkippedLineWithItsPlace()
    {
        await System.IO.File.WriteAllTextAsync(File, Lines(Event("a", -3, start: -3, value: 1), """{"id":"b","at":"yesterday"}""", Event("c", -2, start: -2, value: 1)));
        var logs = new LogCapture();
        using var host = StartHost(logs);
        var client = host.CreateAdminClient();
        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("broken-line", "fixture-records", new { file = File }));

        await client.PostAsync("/api/collectors/broken-line/run", null);
        await logs.WaitForAsync(entry => entry.Message.Contains("Collector broken-line stored", StringComparison.Ordinal), Patience);

        var lastRun = (await client.GetFromJsonAsync<JsonElement>("/api/collectors/broken-line")).GetProperty("lastRun");
        Assert.True(lastRun.GetProperty("succeeded").GetBoolean());
        Assert.Equal(2, lastRun.GetProperty("recordsNew").GetInt32());
        Assert.Equal(1, lastRun.GetProperty("linesSkipped").GetInt32());
        var problem = Assert.Single(lastRun.GetProperty("problems").EnumerateArray()).GetString();
        Assert.Equal($"{File}, line 2, field 'at': an ISO 8601 time with an offset is expected.", problem);
        // Three windows by default (today, 60m, 7d) times three metrics.
        Assert.Equal(9, lastRun.GetProperty("sampleCount").GetInt32());
    }

    private static Dictionary<string, double?> Expected(int count, double sum, int open) =>
        Windows.SelectMany(window => new[] { ($"events.count|{window}", (double?)count), ($"events.value_sum|{window}", sum), ($"events.open_now|{window}", open) })
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);

    private static async Task<Dictionary<string, double?>> FiguresAsync(HttpClient client)
    {
        var snapshot = await client.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        return snapshot!
            .Where(value => value.GetProperty("collectorId").GetString() == "events")
            .ToDictionary(
                value => value.GetProperty("metricKey").GetString() + "|" + value.GetProperty("dimensions").GetProperty("window").GetString(),
                value => value.GetProperty("value").ValueKind == JsonValueKind.Null ? null : (double?)value.GetProperty("value").GetDouble());
    }

    private string Event(string id, int atMinutes, int? start = null, int? end = null, double? value = null)
    {
        var fields = new Dictionary<string, object> { ["id"] = id, ["at"] = _now.AddMinutes(atMinutes) };
        if (start is { } startMinutes)
        {
            fields["start"] = _now.AddMinutes(startMinutes);
        }

        if (end is { } endMinutes)
        {
            fields["end"] = _now.AddMinutes(endMinutes);
        }

        if (value is { } number)
        {
            fields["value"] = number;
        }

        return JsonSerializer.Serialize(fields);
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + "\n"));

    private DashboardHostFactory StartHost(LogCapture logs) => new(
        new Dictionary<string, string?>
        {
            ["Dashboard:JobStorage"] = "LiteDb",
            ["Dashboard:PluginsDirectory"] = _plugins.Path,
            ["Dashboard:AllowAnonymousWalls"] = "true",
        },
        _data.Path)
    {
        ConfigureServices = services => services.AddLogging(logging => logging.AddProvider(logs)),
    };
}
