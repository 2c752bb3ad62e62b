using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>The metrics and dimensions the complaint-trends plugin reports; docs/metric-definitions.md defines each.</summary>
public static class ComplaintMetrics
{
    /// <summary>Dimension naming a complaint category.</summary>
    public const string CategoryDimension = "category";

    /// <summary>Dimension naming how long open complaints have been waiting: <see cref="AgeBuckets"/>.</summary>
    public const string AgeDimension = "age";

    /// <summary>Complaints received in the window; per local day for windows longer than a day.</summary>
    public const string NewComplaintsPerDay = "new_complaints_per_day";

    /// <summary>Complaints open at the window's end, overall and per age.</summary>
    public const string OpenComplaints = "open_complaints";

    /// <summary>Median hours from arrival to the first reply or handling note, of the replies given in the window.</summary>
    public const string MedianReactionHours = "median_reaction_hours";

    /// <summary>Median days from arrival to closing, of the complaints closed in the window.</summary>
    public const string MedianResolutionDays = "median_resolution_days";

    /// <summary>Share of the complaints whose promise was decided in the window that were answered in time.</summary>
    public const string AnsweredWithinPromisePercent = "answered_within_promise_pct";

    /// <summary>New complaints in the window against the same local-time span a week earlier, in per cent.</summary>
    public const string NewComplaintsChangePercent = "new_complaints_change_pct";

    /// <summary>Complaints received in the window in the top categories; the overall figure counts all.</summary>
    public const string ComplaintsByCategory = "complaints_by_category";

    /// <summary>The <see cref="AgeDimension"/> values: whole days since arrival, 0-2, 3-7, 8-30 and more than 30.</summary>
    public static IReadOnlyList<string> AgeBuckets { get; } = ["0-2 d", "3-7 d", "8-30 d", "over 30 d"];

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(NewComplaintsPerDay, "New complaints per day", "", MetricDirection.LowerIsBetter)
        {
            Description = "Complaints received in the window; for windows longer than a day, per local calendar day they touch.",
        },
        new(OpenComplaints, "Open complaints", "", MetricDirection.LowerIsBetter)
        {
            Description = "Complaints received and not closed at the window's end; by age since arrival as 'age'.",
        },
        new(MedianReactionHours, "Median reaction time", "h", MetricDirection.LowerIsBetter, 24)
        {
            Description = "Median hours from arrival to the first reply or handling note, of the first replies given in the window.",
        },
        new(MedianResolutionDays, "Median resolution time", "days", MetricDirection.LowerIsBetter)
        {
            Description = "Median days from arrival to closing, of the complaints closed in the window.",
        },
        new(AnsweredWithinPromisePercent, "Answered within promise", "%", MetricDirection.HigherIsBetter, 90)
        {
            Description = "Of the complaints answered in the window or whose deadline passed in it unanswered, the share answered "
                + "by the end of the promised working day (weekends, Finnish holidays, Midsummer and Christmas Eve excluded).",
        },
        new(NewComplaintsChangePercent, "Change from a week earlier", "%", MetricDirection.LowerIsBetter)
        {
            Description = "New complaints in the window against the same local-time span seven days earlier; no value when that had none.",
        },
        new(ComplaintsByCategory, "Top categories", "", MetricDirection.LowerIsBetter)
        {
            Description = "Complaints received in the window in the most frequent categories, as 'category'; overall, all complaints.",
        },
    ];
}
