using System.Collections.Concurrent;
using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Jobs that report back to the test that enqueued them, keyed by a token unique to that test.</summary>
public static class JobProbe
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Signals = new();
    private static readonly ConcurrentDictionary<string, int> Attempts = new();
    private static readonly ConcurrentDictionary<string, ManualResetEventSlim> Releases = new();

    public static Task Expect(string token) =>
        Signals.GetOrAdd(token, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public static int AttemptsOf(string token) => Attempts.GetValueOrDefault(token);

    [AutomaticRetry(Attempts = 0)]
    public static void Signal(string token) => Complete(token);

    /// <summary>Fails on its first attempt, succeeds on the second: one retry after one second.</summary>
    [AutomaticRetry(Attempts = 1, DelaysInSeconds = [1])]
    public static void FailOnce(string token)
    {
        if (Attempts.AddOrUpdate(token, 1, (_, count) => count + 1) == 1)
        {
            throw new InvalidOperationException("First attempt fails on purpose.");
        }

        Complete(token);
    }

    /// <summary>Counts its starts, signals "token-started-N", then holds its worker until the test releases it.</summary>
    [AutomaticRetry(Attempts = 0)]
    public static void RunUntilReleased(string token)
    {
        var start = Attempts.AddOrUpdate(token, 1, (_, count) => count + 1);
        Complete($"{token}-started-{start}");
        Releases.GetOrAdd(token, _ => new ManualResetEventSlim()).Wait(TimeSpan.FromMinutes(1));
        Complete(token);
    }

    public static void Release(string token) => Releases.GetOrAdd(token, _ => new ManualResetEventSlim()).Set();

    private static void Complete(string token) => Signals.GetOrAdd(token, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
