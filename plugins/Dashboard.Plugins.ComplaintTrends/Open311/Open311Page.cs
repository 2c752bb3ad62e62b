using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>What one <c>requests.json</c> document held.</summary>
/// <param name="Complaints">The service requests that could be read, in document order.</param>
/// <param name="Problems">The ones that could not, each naming its index and field.</param>
/// <param name="ItemCount">How many service requests the document listed, readable or not (paging stops below a full page).</param>
internal sealed record Open311Page(IReadOnlyList<Complaint> Complaints, IReadOnlyList<InputProblem> Problems, int ItemCount);
