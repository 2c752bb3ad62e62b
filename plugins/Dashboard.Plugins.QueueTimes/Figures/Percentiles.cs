namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>The one percentile method of this plugin: nearest rank.</summary>
internal static class Percentiles
{
    /// <summary>
    /// The <paramref name="percent"/>th percentile of <paramref name="sorted"/> (ascending, not empty) by nearest rank:
    /// the value at rank ceil(percent × n / 100), counting from 1. It is always one of the values, never an
    /// interpolation; the median of ten values is the fifth smallest. Whole numbers keep the rank exact.
    /// </summary>
    public static double NearestRank(IReadOnlyList<double> sorted, int percent)
    {
        var rank = (percent * sorted.Count + 99) / 100;
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
