using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>What a complaint source reports for one category at one moment, and how such readings become samples.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Open">Complaints not yet resolved.</param>
/// <param name="NewToday">Complaints received since local midnight.</param>
/// <param name="AverageAgeDays">Average age of the open complaints in days; 0 when none is open.</param>
internal sealed record CategoryComplaints(string Category, int Open, int NewToday, double AverageAgeDays)
{
    /// <summary>One sample per name and metric, then an overall one per metric.</summary>
    // The overall age is that of all open complaints, whatever their category: weighted by open complaints, 0 when none is open.
    public static SampleTable<CategoryComplaints> Samples { get; } =
        new SampleTable<CategoryComplaints>(ComplaintMetrics.CategoryDimension, reading => reading.Category)
            .AddSum(ComplaintMetrics.OpenComplaints, reading => reading.Open)
            .AddSum(ComplaintMetrics.NewComplaintsToday, reading => reading.NewToday)
            .AddWeightedMean(ComplaintMetrics.AverageComplaintAgeDays, reading => reading.AverageAgeDays, weight: reading => reading.Open, unweighted: 0);
}
