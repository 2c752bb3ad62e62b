namespace Dashboard.Host.Benchmarks;

/// <summary>Nearest-rank percentiles: the smallest value with at least the given share of values at or below it.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
