namespace Dashboard.Host.Benchmarks;

/// <summary>One broadcast round: each client's delay from the trigger (ms), and how many clients never got it.</summary>
public sealed record RoundArrivals(IReadOnlyList<double> DelaysMilliseconds, int Missing)
{
    /// <summary>Between the first and the last client to receive it.</summary>
    public double SpreadMilliseconds => DelaysMilliseconds.Count == 0 ? double.NaN : DelaysMilliseconds.Max() - DelaysMilliseconds.Min();
}
