namespace Dashboard.Host.Benchmarks;

/// <summary>What one store's ingest run measured.</summary>
public sealed record StoreIngestResult(
    string Name,
    long Samples,
    TimeSpan Elapsed,
    TimeSpan Cpu,
    TimeSpan GcPause,
    long AllocatedBytes,
    long FileBytes,
    IReadOnlyList<long> HeapAtQuarters,
    long PeakWorkingSet,
    double TrendMilliseconds,
    string Note)
{
    public double SamplesPerSecond => Samples / Elapsed.TotalSeconds;

    public double GcPausePercent => 100 * GcPause / Elapsed;

    public double BytesPerSample => FileBytes / (double)Samples;
}
