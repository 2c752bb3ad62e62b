using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Csv;

/// <summary>What a complaint CSV gave: the rows read and the rows skipped, each naming its line and column.</summary>
internal sealed record CsvComplaints(IReadOnlyList<Complaint> Complaints, IReadOnlyList<InputProblem> Problems);
