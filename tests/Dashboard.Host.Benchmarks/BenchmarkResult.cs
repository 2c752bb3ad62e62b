namespace Dashboard.Host.Benchmarks;

/// <summary>One measured run: how many events were written in how long, per-batch latency, and the time to close the file.</summary>
public sealed record BenchmarkResult(string Name, int Events, TimeSpan Elapsed, IReadOnlyList<TimeSpan> BatchLatencies, TimeSpan CloseTime, string Note)
{
    /// <summary>CPU time the process spent during the run (every thread, the HTTP client's too).</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>Microseconds of CPU per event.</summary>
    public double CpuMicrosecondsPerEvent => Cpu.TotalMicroseconds / Events;

    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    /// <summary>Events per second counting the close too, when LiteDB has written its queued log and checkpointed.</summary>
    public double EventsPerSecondOnDisk => Events / (Elapsed + CloseTime).TotalSeconds;

    /// <summary>Nearest-rank percentile: the smallest latency with at least <paramref name="percent"/> % of batches at or below it.</summary>
    public double LatencyMilliseconds(double percent)
    {
        var sorted = BatchLatencies.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)].TotalMilliseconds;
    }
}
