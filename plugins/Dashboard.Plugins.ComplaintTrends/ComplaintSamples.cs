using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>How per-category readings become samples.</summary>
internal static class ComplaintSamples
{
    // The overall age is that of all open complaints, whatever their category: weighted by open complaints, 0 when none is open.
    public static SampleTable<CategoryComplaints> Table { get; } =
        new SampleTable<CategoryComplaints>(ComplaintMetrics.CategoryDimension, reading => reading.Category)
            .AddSum(ComplaintMetrics.OpenComplaints, reading => reading.Open)
            .AddSum(ComplaintMetrics.NewComplaintsToday, reading => reading.NewToday)
            .AddWeightedMean(ComplaintMetrics.AverageComplaintAgeDays, reading => reading.AverageAgeDays, weight: reading => reading.Open, unweighted: 0);
}
