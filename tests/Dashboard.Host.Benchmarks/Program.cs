using System.Globalization;
using Dashboard.Host.Benchmarks;

// `dotnet run -c Release --project tests/Dashboard.Host.Benchmarks [-- --events 100000 --batch 1000]`: pushed events.
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

// Started by the fan-out benchmark itself: the raw broadcast server in a process of its own.
if (args is [RawBroadcastServer.Mode, var rawPort, var messageFile])
{
    await RawBroadcastServer.ServeAsync(int.Parse(rawPort, CultureInfo.InvariantCulture), messageFile);
    return;
}

// `dotnet run -c Release --project tests/Dashboard.Host.Benchmarks -- --fan-out 1000,5000 [--rounds 10] [--clients both|protocol|hubconnection] [--host-env NAME=VALUE,...]`
// --host-env sets environment variables of the host process alone, e.g. DOTNET_GCConserveMemory=5 to try a GC setting.
if (Array.IndexOf(args, "--fan-out") >= 0)
{
    ScreenClient[] clientModes = Option("--clients", "both") switch
    {
        "protocol" => [ScreenClient.HubProtocol],
        "hubconnection" => [ScreenClient.HubConnection],
        "both" => [ScreenClient.HubProtocol, ScreenClient.HubConnection],
        var other => throw new ArgumentException($"--clients: expected both, protocol or hubconnection, not '{other}'."),
    };
    await FanOutBenchmark.RunAsync(Option("--fan-out", "1000,5000"), int.Parse(Option("--rounds", "10"), CultureInfo.InvariantCulture), clientModes, HostEnvironment.Parse(Option("--host-env", "")));
    return;
}

if (args.Contains("metric-store"))
{
    // `dotnet run -c Release --project tests/Dashboard.Host.Benchmarks -- metric-store [--samples 1000000 --series 1000 --batch 10000 --trend-samples 10000000 (0: none) --stores all|bucket]`
    var samples = int.Parse(Option("--samples", "1000000"), CultureInfo.InvariantCulture);
    var series = int.Parse(Option("--series", "1000"), CultureInfo.InvariantCulture);
    var metricBatch = int.Parse(Option("--batch", "10000"), CultureInfo.InvariantCulture);
    Console.WriteLine($"{samples:N0} samples over {series:N0} series at 30 s steps, batches of {metricBatch:N0}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
    var trendSamples = int.Parse(Option("--trend-samples", "10000000"), CultureInfo.InvariantCulture);
    if (trendSamples > 0)
    {
        await LongTrendBenchmark.RunAsync(trendSamples, metricBatch);
    }

    // `--stores bucket` measures the bucket store alone, e.g. to profile it.
    await MetricStoreBenchmark.RunAsync(samples, series, metricBatch, bucketStoreOnly: Option("--stores", "all") == "bucket");
    return;
}

var events = int.Parse(Option("--events", "100000"), CultureInfo.InvariantCulture);
var batchSize = int.Parse(Option("--batch", "1000"), CultureInfo.InvariantCulture);
Console.WriteLine($"{events:N0} events in batches of {batchSize:N0}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; server GC {System.Runtime.GCSettings.IsServerGC}");

BenchmarkResult[] results =
[
    await RawLiteDbInserts.RunAsync(events, batchSize, withRecordIndexes: false),
    await RawLiteDbInserts.RunAsync(events, batchSize, withRecordIndexes: true),
    await RecordStoreApplyRun.RunAsync(events, batchSize, CallIds.Growing, "growing ids"),
    await RecordStoreApplyRun.RunAsync(events, batchSize, CallIds.Hashed, "hashed ids"),
    await HttpIngestRun.RunAsync("HTTP push, every event a new call", EventBodies.NewCalls(events, batchSize), senders: 1),
    await HttpIngestRun.RunAsync("HTTP push, every event a new call", EventBodies.NewCalls(events, batchSize), senders: 4),
    await HttpIngestRun.RunAsync("HTTP push, enter then end (half updates)", EventBodies.EnterThenEnd(events, batchSize), senders: 1),
];

Console.WriteLine();
Console.WriteLine($"{"run",-50} {"events/s",10} {"+close/s",10} {"p50 ms",8} {"p99 ms",8} {"close ms",9} {"cpu µs/ev",10}  note");
foreach (var result in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.Name,-50} {result.EventsPerSecond,10:N0} {result.EventsPerSecondOnDisk,10:N0} {result.LatencyMilliseconds(50),8:0.0} {result.LatencyMilliseconds(99),8:0.0} {result.CloseTime.TotalMilliseconds,9:0} {result.CpuMicrosecondsPerEvent,10:0.0}  {result.Note}"));
}
