namespace Dashboard.Plugins.ComplaintTrends.Figures;

/// <summary>The median: the middle value, or the mean of the two middle values of an even count.</summary>
internal static class Median
{
    /// <summary>The median of <paramref name="values"/>, or null when there are none.</summary>
    public static double? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
