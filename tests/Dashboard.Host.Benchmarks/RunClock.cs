using System.Diagnostics;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Wall time and the process's CPU time since the run started. Other work on the machine stretches the wall time; the
/// CPU time per event shows whether a change made the work itself smaller.
/// </summary>
public sealed class RunClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Elapsed => _wall.Elapsed;

    public TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
}
