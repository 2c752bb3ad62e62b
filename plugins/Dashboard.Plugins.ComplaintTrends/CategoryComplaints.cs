namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>What a complaint source reports for one category at one moment.</summary>
/// <param name="Category">The category's name.</param>
/// <param name="Open">Complaints not yet resolved.</param>
/// <param name="NewToday">Complaints received since local midnight.</param>
/// <param name="AverageAgeDays">Average age of the open complaints in days; 0 when none is open.</param>
internal sealed record CategoryComplaints(string Category, int Open, int NewToday, double AverageAgeDays);
