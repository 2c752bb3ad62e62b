namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Reads the current complaint figures, one reading per configured category.</summary>
internal interface IComplaintSource
{
    Task<IReadOnlyList<CategoryComplaints>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken);
}
