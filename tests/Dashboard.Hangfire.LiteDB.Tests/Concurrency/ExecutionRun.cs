namespace Dashboard.Hangfire.LiteDB.Tests.Concurrency;

/// <summary>Executions per job of one run, and a signal when every job has run at least once.</summary>
public sealed class ExecutionRun(int jobCount)
{
    private readonly int[] _executions = new int[jobCount];
    private readonly TaskCompletionSource _allRan = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _notYetRun = jobCount;

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public Task AllRan => _allRan.Task;

    public int NeverRun => _executions.Count(e => e == 0);

    public int Duplicates => _executions.Sum(e => Math.Max(0, e - 1));

    public void Record(int number)
    {
        if (Interlocked.Increment(ref _executions[number]) == 1 && Interlocked.Decrement(ref _notYetRun) == 0)
        {
            _allRan.TrySetResult();
        }
    }
}
