namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>The benchmark's job: does nothing but count, so the figures measure the storage and Hangfire.</summary>
public static class BenchmarkJobs
{
    private static int _remaining;
    private static TaskCompletionSource _allDone = new();

    public static Task ExpectJobs(int count)
    {
        _allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, count);
        return _allDone.Task;
    }

    public static void Done(int number)
    {
        _ = number;
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _allDone.TrySetResult();
        }
    }
}
