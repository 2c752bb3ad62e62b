using System.Diagnostics;
using Dashboard.Host.Records;
using Dashboard.Host.Storage;
using Dashboard.Sdk;
using LiteDB;

namespace Dashboard.Host.Benchmarks;

/// <summary>The floor to compare with: the same record documents inserted straight into LiteDB, one transaction per batch.</summary>
public static class RawLiteDbInserts
{
    public static async Task<BenchmarkResult> RunAsync(int events, int batchSize, bool withRecordIndexes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var batches = Enumerable.Range(0, events).Select(Document).Chunk(batchSize).ToList();

        // The record collection carries the store's place index; a collection of another name has only _id.
        var collection = withRecordIndexes ? CollectionNames.Records : "raw_records";
        var database = new DashboardDatabase(Path.Combine(folder, "dashboard.db"));
        var latencies = new List<TimeSpan>();
        var clock = new RunClock();
        foreach (var batch in batches)
        {
            var started = clock.Elapsed;
            await database.WriteAsync(db => db.GetCollection(collection).InsertBulk(batch));
            latencies.Add(clock.Elapsed - started);
        }

        var (elapsed, cpu) = (clock.Elapsed, clock.Cpu);
        database.Dispose();
        var close = clock.Elapsed - elapsed;
        Directory.Delete(folder, recursive: true);
        return new BenchmarkResult(withRecordIndexes ? "raw LiteDB insert, record indexes" : "raw LiteDB insert, _id only", events, elapsed, latencies, close, "same documents, no HTTP, no merge") { Cpu = cpu };
    }

    private static BsonDocument Document(int number)
    {
        var start = CallIds.Start(number);
        var state = new RecordState(CallIds.Growing(number));
        state.Apply(new RecordUpdate
        {
            RecordId = state.Id,
            AsOf = start,
            Fields = new Dictionary<string, object?> { [RecordRules.StartField] = start, [RecordRules.EndField] = start.AddSeconds(90), ["value"] = (double)(number % 7) },
        });
        return RecordDocument.ToDocument(RecordKeys.CollectorPrefix("bench"), state, start.UtcTicks);
    }
}
