namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>One scenario on one storage, measured in its own process and sent to the parent as a JSON line.</summary>
public sealed record BenchmarkResult(
    string Storage,
    string Scenario,
    int Workers,
    int Jobs,
    double EnqueuePerSecond,
    double EnqueueP50Milliseconds,
    double EnqueueP99Milliseconds,
    double ProcessedPerSecond,
    double TotalSeconds,
    long? FileBytes,
    string Note);
