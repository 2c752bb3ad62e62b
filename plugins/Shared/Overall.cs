namespace Dashboard.Plugins.Shared;

/// <summary>Overall values computed from per-name readings.</summary>
internal static class Overall
{
    /// <summary>
    /// The mean of <paramref name="value"/> weighted by <paramref name="weight"/>, so that a busy name counts more than
    /// a quiet one; null when the weights add up to zero, so the caller decides what an empty moment shows.
    /// </summary>
    public static double? WeightedMean<TReading>(IReadOnlyList<TReading> readings, Func<TReading, double> value, Func<TReading, int> weight)
    {
        var totalWeight = readings.Sum(weight);
        return totalWeight == 0 ? null : readings.Sum(reading => value(reading) * weight(reading)) / totalWeight;
    }
}
