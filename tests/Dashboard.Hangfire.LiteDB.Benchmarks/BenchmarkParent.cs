using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>Starts one child process per storage and scenario, so no storage warms or pollutes another's runtime.</summary>
public static class BenchmarkParent
{
    public static int Run(int jobs, int recurring, IReadOnlyList<string> storages)
    {
        Console.WriteLine($"Hangfire storage benchmark: {jobs} fire-and-forget jobs, {recurring} recurring jobs, " +
            $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {LoadAverage()}.");
        var results = new List<BenchmarkResult>();
        foreach (var storage in storages)
        {
            foreach (var (scenario, workers, count) in new[] { ("fire-and-forget", 1, jobs), ("fire-and-forget", 8, jobs), ("recurring", 8, recurring) })
            {
                Console.Error.WriteLine($"Running {storage} {scenario} with {workers} workers...");
                results.Add(RunChild(storage, scenario, workers, count));
            }
        }

        ResultTable.Print(results);
        Console.WriteLine($"Load average at the end: {LoadAverage()} (other processes on the machine skew every figure).");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static BenchmarkResult RunChild(string storage, string scenario, int workers, int count)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { "child", storage, scenario, workers.ToString(), count.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(BenchmarkChild.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{storage} {scenario} exited with {child.ExitCode} and no result:\n{output}");
        return JsonSerializer.Deserialize<BenchmarkResult>(line[BenchmarkChild.ResultPrefix.Length..])!;
    }
}
