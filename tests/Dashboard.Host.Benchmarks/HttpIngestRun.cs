using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Figures;
using Dashboard.Host.Records;
using Dashboard.Host.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Benchmarks;

/// <summary>The real host on Kestrel with the record fixture plugin; bodies pushed over HTTP with the collector's key.</summary>
public static class HttpIngestRun
{
    private const string CollectorId = "bench";

    // Batches pushed to a collector of their own before the clock starts, so that the run measures a host whose code
    // is compiled and tiered up, as it is after minutes of running, not its first requests.
    private const string WarmUpCollectorId = "warm-up";
    private const int WarmUpBatches = 10;

    public static async Task<BenchmarkResult> RunAsync(string name, IReadOnlyList<string> bodies, int senders)
    {
        var root = new DashboardHostFactory(new Dictionary<string, string?>
        {
            ["Dashboard:PluginsDirectory"] = Path.Combine(AppContext.BaseDirectory, "fixture-plugins"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",

            // The run measures how fast pushes are stored, not the per-sender limit: small batches would exceed it.
            ["Dashboard:IngestRequestsPerMinute"] = "1000000",
        });
        var factory = root.WithWebHostBuilder(builder => builder
            .UseContentRoot(AppContext.BaseDirectory) // the host's appsettings.json is copied beside this program; no sources needed
            .ConfigureTestServices(services =>
            {
                if (!services.Any(service => service.ServiceType == typeof(IFigureRefresher)))
                {
                    services.AddSingleton<IFigureRefresher, NoFigureRefresher>();
                }
            }));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
        DashboardHostFactory.SignIn(client, DashboardHostFactory.AdminUserName, root.AdminPassword!);
        var key = await CreateCollectorAsync(client, CollectorId);
        var warmUpKey = await CreateCollectorAsync(client, WarmUpCollectorId);
        foreach (var body in bodies.Take(WarmUpBatches))
        {
            await PushAsync(client, WarmUpCollectorId, warmUpKey, body);
        }

        var latencies = new TimeSpan[bodies.Count];
        var next = -1;
        var stored = 0;
        var clock = new RunClock();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index < bodies.Count; index = Interlocked.Increment(ref next))
            {
                var started = clock.Elapsed;
                Interlocked.Add(ref stored, await PushAsync(client, CollectorId, key, bodies[index]));
                latencies[index] = clock.Elapsed - started;
            }
        })));
        var (elapsed, cpu) = (clock.Elapsed, clock.Cpu);

        var window = ReadLastHour(factory.Services.GetRequiredService<IRecordStore>());
        var closing = Stopwatch.StartNew();
        root.Dispose();
        return new BenchmarkResult(name, stored, elapsed, latencies, closing.Elapsed, $"{senders} sender(s); {window}") { Cpu = cpu };
    }

    private static async Task<string> CreateCollectorAsync(HttpClient client, string collectorId)
    {
        var response = await client.PostAsJsonAsync("/api/collectors", new { id = collectorId, name = "Benchmark", pluginId = "fixture-records", cron = "0 0 1 1 *", timeZone = "UTC" });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode ? created.GetProperty("ingestKey").GetString()! : throw new InvalidOperationException($"Creating the collector failed: {created}");
    }

    // Returns how many updates the host applied (new + updated + duplicate).
    private static async Task<int> PushAsync(HttpClient client, string collectorId, string key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/collectors/{collectorId}/events") { Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.StatusCode != HttpStatusCode.OK || reply.GetProperty("rejected").GetInt32() != 0)
        {
            throw new InvalidOperationException($"Push failed with {(int)response.StatusCode}: {reply}");
        }

        return reply.GetProperty("new").GetInt32() + reply.GetProperty("updated").GetInt32() + reply.GetProperty("duplicate").GetInt32();
    }

    // The simulated day's calls start every 400 ms from 06:00; the hour before the last call shows the window read's cost.
    private static string ReadLastHour(IRecordStore records)
    {
        var all = records.ReadOverlapping(CollectorId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var to = all.Max(record => record.Start!.Value);
        var stopwatch = Stopwatch.StartNew();
        var window = records.ReadOverlapping(CollectorId, to.AddHours(-1), to);
        return $"60-min window read: {window.Count:N0} of {all.Count:N0} records in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms";
    }
}
