using System.Diagnostics;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// When each client first received the message of the current round, against the moment the round was triggered;
/// every client is in this process, so one clock measures them all.
/// </summary>
public sealed class ArrivalClock(int clients)
{
    private readonly long[] _arrivals = new long[clients];
    private long _triggeredAt;
    private int _arrived;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void StartRound()
    {
        Array.Clear(_arrivals);
        _arrived = 0;
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _triggeredAt = Stopwatch.GetTimestamp();
    }

    public void Arrived(int client)
    {
        if (Interlocked.CompareExchange(ref _arrivals[client], Stopwatch.GetTimestamp(), 0) == 0 && Interlocked.Increment(ref _arrived) == _arrivals.Length)
        {
            _all.TrySetResult();
        }
    }

    /// <summary>Waits for every client or the timeout, then gives each arrival's delay from the trigger in ms (missing clients left out).</summary>
    public async Task<RoundArrivals> EndRoundAsync(TimeSpan timeout)
    {
        await Task.WhenAny(_all.Task, Task.Delay(timeout));
        var delays = _arrivals.Where(arrival => arrival != 0).Select(arrival => Stopwatch.GetElapsedTime(_triggeredAt, arrival).TotalMilliseconds).ToList();
        return new RoundArrivals(delays, _arrivals.Length - delays.Count);
    }
}
