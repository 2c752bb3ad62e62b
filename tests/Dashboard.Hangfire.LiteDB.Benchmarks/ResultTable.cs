namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>Prints the results as a Markdown table, ready to paste into docs/hangfire-litedb-storage.md.</summary>
public static class ResultTable
{
    public static void Print(IReadOnlyList<BenchmarkResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| Storage | Scenario | Workers | Jobs | Enqueue/s | Enqueue p50 ms | Enqueue p99 ms | Processed jobs/s | Total s | File size |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Storage} | {r.Scenario} | {r.Workers} | {r.Jobs} | {r.EnqueuePerSecond:F0} | {r.EnqueueP50Milliseconds:F2} | " +
                $"{r.EnqueueP99Milliseconds:F2} | {r.ProcessedPerSecond:F0} | {r.TotalSeconds:F1} | {FormatBytes(r.FileBytes)} |");
        }

        Console.WriteLine();
        foreach (var scenario in results.Where(r => r.Storage != "InMemory"))
        {
            var reference = results.FirstOrDefault(r => r.Storage == "InMemory" && r.Scenario == scenario.Scenario && r.Workers == scenario.Workers);
            if (reference is not null)
            {
                Console.WriteLine($"{scenario.Storage} / InMemory, {scenario.Scenario} with {scenario.Workers} workers: " +
                    $"processing {scenario.ProcessedPerSecond / reference.ProcessedPerSecond:P0}, enqueue {scenario.EnqueuePerSecond / reference.EnqueuePerSecond:P0}.");
            }
        }
    }

    private static string FormatBytes(long? bytes) => bytes switch
    {
        null => "in memory",
        < 1024 * 1024 => $"{bytes / 1024.0:F0} KiB",
        _ => $"{bytes / (1024.0 * 1024.0):F1} MiB",
    };
}
