using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Live;
using Dashboard.Host.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Screens on the real host's hub, spread over dashboards that all show one demo queue collector's 20 tiles; a run-now
/// is the trigger, a screen's first <c>FiguresUpdated</c> after it the arrival.
/// </summary>
public static class SignalRFanOutRun
{
    public const string CollectorId = "bench";
    public const int Dashboards = 10;
    public const int Tiles = 20;
    private const int ConnectAtOnce = 50;

    // Tiered compilation with dynamic PGO takes several rounds to bring the push's code to its final tier (one warm-up
    // round left the host spending about twice the CPU per round, much of it compiling); minutes of running would.
    public const int WarmUpRounds = 8;
    private const string BenchmarkAdminPassword = "fan-out-benchmark-admin";
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] TileWindows = ["today", "60m"];
    private static readonly string[] TileMetrics =
    [
        "queue_length", "longest_wait_minutes", "wait_minutes", "median_wait_minutes", "p90_wait_minutes",
        "service_level_percent", "abandoned_percent", "no_show_percent", "answered", "open_service_points",
    ];

    /// <summary>One run at one size; the message is the update's exact frame as a screen received it, for the raw broadcast.</summary>
    public static async Task<(FanOutFigures Figures, string Message)> RunAsync(int clients, int rounds, ScreenClient client, IReadOnlyDictionary<string, string> hostEnvironment)
    {
        await using var host = await ServerProcess.StartHostAsync(new Dictionary<string, string>(hostEnvironment)
        {
            ["Dashboard:PluginsDirectory"] = Path.Combine(AppContext.BaseDirectory, "plugins"),
            ["Dashboard:SeedDemoCollectors"] = "false",
            ["Dashboard:JobStorage"] = "LiteDb",
            ["Dashboard:AllowAnonymousWalls"] = "true",
            ["Dashboard:Setup:AdminPassword"] = BenchmarkAdminPassword,
        });
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host.Address };
        DashboardHostFactory.SignIn(http, DashboardHostFactory.AdminUserName, BenchmarkAdminPassword);
        await PrepareAsync(http);
        var idleMemory = host.WorkingSetMegabytes;

        var clock = new ArrivalClock(clients);
        string? message = null;
        var hubAddress = new Uri(host.Address, LiveHub.Path);
        var connections = new IAsyncDisposable[clients];
        for (var first = 0; first < clients; first += ConnectAtOnce)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(ConnectAtOnce, clients - first)).Select(async index =>
            {
                var dashboardId = $"bench-{index % Dashboards}";
                connections[index] = client switch
                {
                    ScreenClient.HubConnection => await HubConnectionScreen.ConnectAsync(hubAddress, dashboardId, update =>
                    {
                        Interlocked.CompareExchange(ref message, Frame(update), null);
                        clock.Arrived(index);
                    }),
                    _ => await HubProtocolScreen.ConnectAsync(hubAddress, dashboardId, nameof(ILiveClient.FiguresUpdated), record =>
                    {
                        clock.Arrived(index);
                        if (message is null)
                        {
                            Interlocked.CompareExchange(ref message, System.Text.Encoding.UTF8.GetString(record.Span) + "\u001e", null);
                        }
                    }),
                };
            }));
        }

        var results = new List<RoundArrivals>();
        var triggers = new List<DateTimeOffset>();
        var memory = host.WorkingSetMegabytes;
        Console.WriteLine($"host memory: {idleMemory:0} MB before the screens, {memory:0} MB with {clients:N0} watching");
        var cpuBefore = TimeSpan.Zero;
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            await UntilPreviousRunRecordedAsync(http, triggers);
            await UntilNextSecondAsync(triggers.LastOrDefault());
            clock.StartRound();
            triggers.Add(DateTimeOffset.UtcNow);
            (await http.PostAsync($"/api/collectors/{CollectorId}/run", null)).EnsureSuccessStatusCode();
            var arrivals = await clock.EndRoundAsync(RoundTimeout);

            // The steady state's peak, as for the delays: the warm-up's compiling is left out.
            memory = round >= 0 ? Math.Max(memory, host.WorkingSetMegabytes) : memory;

            if (round == -1)
            {
                // The measured rounds start here.
                cpuBefore = host.CpuTime;
            }

            if (round >= 0)
            {
                results.Add(arrivals);
            }
        }

        var cpuPerRound = (host.CpuTime - cpuBefore).TotalMilliseconds / rounds;
        var snapshot = await TimeSnapshotAsync(http);
        var collection = await CollectionTimesAsync(http, triggers.Skip(WarmUpRounds).ToList());
        await Task.WhenAll(connections.Select(connection => connection.DisposeAsync().AsTask()));
        var name = client == ScreenClient.HubConnection ? "SignalR, .NET HubConnection" : "SignalR, hub protocol on bare WS";
        return (new FanOutFigures(name, clients, results, memory, System.Text.Encoding.UTF8.GetByteCount(message ?? "")) { SnapshotMilliseconds = snapshot, Collection = collection, ServerCpuMillisecondsPerRound = cpuPerRound }, message ?? "");
    }

    /// <summary>
    /// Figures are stored per whole second and a second computation in the same second changes nothing, so pushes
    /// nothing: rounds are at least a second apart, which also lets the host settle as between real collections.
    /// </summary>
    public static async Task UntilNextSecondAsync(DateTimeOffset previousTrigger)
    {
        var wait = previousTrigger.AddSeconds(1.1) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    // A run-now while the previous run still writes its history is skipped (one run per collector at a time), which
    // would lose the round: the next round waits until the previous run is in the history, as it is when it ends.
    private static async Task UntilPreviousRunRecordedAsync(HttpClient http, IReadOnlyList<DateTimeOffset> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var deadline = DateTimeOffset.UtcNow + RoundTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var newest = await http.GetFromJsonAsync<List<RunTimes>>($"/api/collectors/{CollectorId}/runs?limit=1") ?? [];
            if (newest.Count > 0 && newest[0].StartedUtc >= triggers[^1].AddMilliseconds(-5))
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    // The median of twenty reads of a 20-tile dashboard's snapshot, each read whole.
    private static async Task<double> TimeSnapshotAsync(HttpClient http)
    {
        var times = new List<double>();
        for (var read = 0; read < 20; read++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            (await http.GetAsync("/api/dashboards/bench-0/snapshot")).EnsureSuccessStatusCode();
            times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Percentiles.Of(times, 50);
    }

    // From the run history: how long each measured round's job waited to start after the trigger, and how long it ran.
    private static async Task<CollectionTimes> CollectionTimesAsync(HttpClient http, IReadOnlyList<DateTimeOffset> triggers)
    {
        var runs = await http.GetFromJsonAsync<List<RunTimes>>($"/api/collectors/{CollectorId}/runs?limit={triggers.Count + 5}") ?? [];

        // A round that no screen received is explained here, when the run itself did not succeed.
        foreach (var run in runs.Where(run => !run.Outcome.Equals("succeeded", StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine($"run at {run.StartedUtc:HH:mm:ss.fff}: {run.Outcome} {run.Error}");
        }

        var pickups = new List<double>();
        var durations = new List<double>();
        foreach (var trigger in triggers)
        {
            if (runs.Where(run => run.StartedUtc >= trigger.AddMilliseconds(-5)).MinBy(run => run.StartedUtc) is { } run)
            {
                pickups.Add(Math.Max(0, (run.StartedUtc - trigger).TotalMilliseconds));
                durations.Add(run.DurationMilliseconds);
            }
        }

        return pickups.Count == 0 ? new CollectionTimes(double.NaN, double.NaN) : new CollectionTimes(Percentiles.Of(pickups, 50), Percentiles.Of(durations, 50));
    }

    private sealed record RunTimes(DateTimeOffset StartedUtc, long DurationMilliseconds, string Outcome, string? Error);

    // The .NET client hands over the update, not its bytes: framed again as the server frames it.
    private static string Frame(FiguresUpdate update) =>
        $"{{\"type\":1,\"target\":\"{nameof(ILiveClient.FiguresUpdated)}\",\"arguments\":[{JsonSerializer.Serialize(update, HubConnectionScreen.PayloadJson)}]}}\u001e";

    // One demo queue collector that runs only when told, and ten dashboards of the same 20 tiles of it.
    private static async Task PrepareAsync(HttpClient http)
    {
        var created = await http.PostAsJsonAsync("/api/collectors", new { id = CollectorId, name = "Bench queues", pluginId = "queue-times", cron = "0 0 1 1 *", timeZone = "Europe/Helsinki" });
        created.EnsureSuccessStatusCode();
        var tiles = Enumerable.Range(0, Tiles).Select(index => new
        {
            id = $"t{index}",
            widget = "number",
            x = index % 5 * 2,
            y = index / 5,
            w = 2,
            h = 1,
            collectorId = CollectorId,
            metric = TileMetrics[index % TileMetrics.Length],
            window = TileWindows[index / TileMetrics.Length],
        }).ToList();
        for (var dashboard = 0; dashboard < Dashboards; dashboard++)
        {
            (await http.PutAsJsonAsync($"/api/dashboards/bench-{dashboard}", new { title = $"Bench {dashboard}", columns = 10, rows = 4, tiles })).EnsureSuccessStatusCode();
        }
    }
}
