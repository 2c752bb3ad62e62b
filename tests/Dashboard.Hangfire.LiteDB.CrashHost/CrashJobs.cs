using Hangfire;
using Hangfire.Server;

namespace Dashboard.Hangfire.LiteDB.CrashHost;

/// <summary>The jobs the child runs. Each reports on stdout, the parent's only view into the child.</summary>
[AutomaticRetry(Attempts = 0)]
public static class CrashJobs
{
    private static readonly ManualResetEventSlim Never = new(false);

    /// <summary>Set in the first life of a mid-processing test, so its workers are busy when it is killed.</summary>
    public static bool BlockForever { get; set; }

    public static void Work(int number, PerformContext? context)
    {
        var jobId = context?.BackgroundJob.Id;
        ChildOutput.Write($"started {jobId} {number}");
        if (BlockForever)
        {
            Never.Wait();
        }

        ChildOutput.Write($"finished {jobId} {number}");
    }
}
