using System.Collections.Concurrent;
using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Concurrency;

/// <summary>The job of the concurrency test: counts how often each numbered job of a run was executed.</summary>
[AutomaticRetry(Attempts = 0)]
public static class ExecutionRecorder
{
    private static readonly ConcurrentDictionary<string, ExecutionRun> Runs = new();

    public static ExecutionRun StartRun(int jobCount)
    {
        var run = new ExecutionRun(jobCount);
        Runs[run.Id] = run;
        return run;
    }

    public static void EndRun(ExecutionRun run) => Runs.TryRemove(run.Id, out _);

    public static void Record(string runId, int number)
    {
        if (Runs.TryGetValue(runId, out var run))
        {
            run.Record(number);
        }
    }
}
