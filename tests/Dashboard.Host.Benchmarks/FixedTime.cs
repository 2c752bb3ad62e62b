namespace Dashboard.Host.Benchmarks;

/// <summary>A clock standing at one instant: the benchmark's data is dated, and retention is measured from its end.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
