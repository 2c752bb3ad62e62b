namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Waits until a thread is parked in a wait, the only observable sign that a blocking call has started blocking.</summary>
public static class ThreadProbe
{
    public static void WaitUntilBlocked(Thread thread, TimeSpan timeout)
    {
        var blocked = SpinWait.SpinUntil(
            () => !thread.IsAlive || (thread.ThreadState & ThreadState.WaitSleepJoin) != 0,
            timeout);
        if (!blocked)
        {
            throw new TimeoutException($"Thread {thread.Name} did not block within {timeout}.");
        }
    }
}
