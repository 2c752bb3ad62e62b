namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>The percentile method of this plugin's upper percentiles: nearest rank.</summary>
internal static class Percentiles
{
    /// <summary>
    /// The <paramref name="percent"/>th percentile of <paramref name="sorted"/> (ascending, not empty) by nearest rank:
    /// the value at rank ceil(percent × n / 100), counting from 1. It is always one of the values, never an
    /// interpolation. Whole numbers keep the rank exact. (The median is not taken this way but as the usual median, see
    /// <see cref="Shared.Median"/>, which is what an analyst's MEDIAN gives.)
    /// </summary>
    public static double NearestRank(IReadOnlyList<double> sorted, int percent)
    {
        var rank = (percent * sorted.Count + 99) / 100;
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
