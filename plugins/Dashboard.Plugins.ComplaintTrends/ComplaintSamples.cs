using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>How per-category readings become samples, and how the overall values are made.</summary>
internal static class ComplaintSamples
{
    public static SampleTable<CategoryComplaints> Table { get; } = new(
        ComplaintMetrics.CategoryDimension,
        reading => reading.Category,
        [
            new(ComplaintMetrics.OpenComplaints, reading => reading.Open, readings => readings.Sum(reading => reading.Open)),
            new(ComplaintMetrics.NewComplaintsToday, reading => reading.NewToday, readings => readings.Sum(reading => reading.NewToday)),
            new(ComplaintMetrics.AverageComplaintAgeDays, reading => reading.AverageAgeDays, OverallAge),
        ]);

    // Weighted by open complaints: the average age of all open complaints, whatever their category; 0 when none is open.
    private static double OverallAge(IReadOnlyList<CategoryComplaints> readings) =>
        Overall.WeightedMean(readings, reading => reading.AverageAgeDays, reading => reading.Open) ?? 0;
}
