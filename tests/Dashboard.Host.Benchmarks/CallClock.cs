using System.Diagnostics;

namespace Dashboard.Host.Benchmarks;

/// <summary>
/// Wall, CPU and GC-pause time summed over the measured calls only, so making each call's input (a workload generator
/// allocating its samples) is not counted as the store's work.
/// </summary>
public sealed class CallClock
{
    private readonly Stopwatch _wall = new();
    private readonly Process _process = Process.GetCurrentProcess();

    public TimeSpan Elapsed => _wall.Elapsed;

    public TimeSpan Cpu { get; private set; }

    public TimeSpan GcPause { get; private set; }

    /// <summary>Bytes the measured calls allocated (every thread), what the garbage collector has to clear after them.</summary>
    public long AllocatedBytes { get; private set; }

    public async Task MeasureAsync(Func<Task> call)
    {
        _process.Refresh();
        var cpuBefore = _process.TotalProcessorTime;
        var gcBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _wall.Start();
        await call();
        _wall.Stop();
        AllocatedBytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        _process.Refresh();
        Cpu += _process.TotalProcessorTime - cpuBefore;
        GcPause += GC.GetTotalPauseDuration() - gcBefore;
    }
}
