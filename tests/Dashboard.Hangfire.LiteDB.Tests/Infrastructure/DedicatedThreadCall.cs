namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Runs a blocking storage call on a thread of its own, so a test can see it block and await its result.</summary>
public sealed class DedicatedThreadCall<T>
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DedicatedThreadCall(string name, Func<T> call)
    {
        Thread = new Thread(() =>
        {
            try
            {
                _completion.SetResult(call());
            }
            catch (Exception exception)
            {
                _completion.SetException(exception);
            }
        })
        {
            Name = name,
            IsBackground = true,
        };
        Thread.Start();
    }

    public Thread Thread { get; }

    public Task<T> Result => _completion.Task;

    public DedicatedThreadCall<T> WaitUntilBlocked()
    {
        ThreadProbe.WaitUntilBlocked(Thread, TimeSpan.FromSeconds(10));
        return this;
    }
}
