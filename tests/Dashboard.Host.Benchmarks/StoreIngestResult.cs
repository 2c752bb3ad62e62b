namespace Dashboard.Host.Benchmarks;

/// <summary>What one store's ingest run measured.</summary>
public sealed record StoreIngestResult(
    string Name,
    long Samples,
    TimeSpan Elapsed,
    TimeSpan Cpu,
    long FileBytes,
    IReadOnlyList<long> HeapAtQuarters,
    long PeakWorkingSet,
    double TrendMilliseconds,
    string Note)
{
    public double SamplesPerSecond => Samples / Elapsed.TotalSeconds;

    public double BytesPerSample => FileBytes / (double)Samples;
}
