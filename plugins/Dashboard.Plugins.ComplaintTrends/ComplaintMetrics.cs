using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>The metrics and the dimension the complaint-trends plugin reports.</summary>
public static class ComplaintMetrics
{
    /// <summary>Dimension naming the category of a per-category sample.</summary>
    public const string CategoryDimension = "category";

    /// <summary>Complaints not yet resolved.</summary>
    public const string OpenComplaints = "open_complaints";

    /// <summary>Complaints received since local midnight.</summary>
    public const string NewComplaintsToday = "new_complaints_today";

    /// <summary>Average age of open complaints in days.</summary>
    public const string AverageComplaintAgeDays = "avg_complaint_age_days";

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(OpenComplaints, "Open complaints", "", MetricDirection.LowerIsBetter, 20)
        {
            Description = "Complaints received and not yet resolved; overall value is the sum over categories.",
        },
        new(NewComplaintsToday, "New complaints today", "", MetricDirection.LowerIsBetter)
        {
            Description = "Complaints received since local midnight; overall value is the sum over categories.",
        },
        new(AverageComplaintAgeDays, "Average complaint age", "days", MetricDirection.LowerIsBetter, 5)
        {
            Description = "Average days since the open complaints were received; overall value weighted by open complaints.",
        },
    ];
}
