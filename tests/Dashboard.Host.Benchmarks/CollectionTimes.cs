namespace Dashboard.Host.Benchmarks;

/// <summary>Medians over the measured rounds, from the run history: the job's wait from trigger to start, and its run.</summary>
public sealed record CollectionTimes(double PickupMilliseconds, double RunMilliseconds);
