namespace Dashboard.Plugins.Shared;

/// <summary>
/// The median as spreadsheets (MEDIAN), SQL (PERCENTILE_CONT(0.5)) and statistics packages compute it: the middle value
/// of an odd count, the mean of the two middle values of an even count. One definition for every plugin's median, so
/// that an analyst's recalculation agrees.
/// </summary>
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
