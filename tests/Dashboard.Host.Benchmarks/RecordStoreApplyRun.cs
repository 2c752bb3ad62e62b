using System.Diagnostics;
using Dashboard.Host.Records;
using Dashboard.Host.Storage;
using Dashboard.Sdk;

namespace Dashboard.Host.Benchmarks;

/// <summary>The record store alone, without HTTP or plugin: what merging costs over the raw inserts.</summary>
public static class RecordStoreApplyRun
{
    public static async Task<BenchmarkResult> RunAsync(int events, int batchSize, Func<int, string> callId, string idShape)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var batches = Enumerable.Range(0, events).Select(number => Update(callId(number), number)).Chunk(batchSize).ToList();

        var database = new DashboardDatabase(Path.Combine(folder, "dashboard.db"));
        var store = new LiteDbRecordStore(database);
        var latencies = new List<TimeSpan>();
        var clock = new RunClock();
        foreach (var batch in batches)
        {
            var started = clock.Elapsed;
            await store.ApplyAsync("bench", batch, checkpoint: null);
            latencies.Add(clock.Elapsed - started);
        }

        var (elapsed, cpu) = (clock.Elapsed, clock.Cpu);
        database.Dispose();
        var close = clock.Elapsed - elapsed;
        Directory.Delete(folder, recursive: true);
        return new BenchmarkResult($"record store ApplyAsync, new calls, {idShape}", events, elapsed, latencies, close, "no HTTP, no plugin") { Cpu = cpu };
    }

    private static RecordUpdate Update(string id, int number)
    {
        var start = CallIds.Start(number);
        return new RecordUpdate
        {
            RecordId = id,
            AsOf = start,
            Fields = new Dictionary<string, object?> { [RecordRules.StartField] = start, [RecordRules.EndField] = start.AddSeconds(90), ["value"] = (double)(number % 7) },
        };
    }
}
