namespace Dashboard.Host.Metrics.Encoding;

/// <summary>
/// The values of one series in one interval (a minute, an hour, a day) that carried a value: how many, their sum, the
/// smallest, the largest and the newest. Enough for averages, extremes and sums of counts.
/// </summary>
public readonly record struct RollupPoint(long StartTicks, long Count, double Sum, double Min, double Max, double Last)
{
    /// <summary>Joins two points of adjacent or equal intervals; <paramref name="later"/> supplies the last value.</summary>
    public static RollupPoint Combine(RollupPoint earlier, RollupPoint later) => new(
        Math.Min(earlier.StartTicks, later.StartTicks),
        earlier.Count + later.Count,
        Rollups.Add(earlier.Sum, later.Sum),
        Math.Min(earlier.Min, later.Min),
        Math.Max(earlier.Max, later.Max),
        later.Last);
}
