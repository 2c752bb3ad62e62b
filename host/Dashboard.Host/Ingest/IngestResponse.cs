namespace Dashboard.Host.Ingest;

/// <summary>What one push did: updates that made a new record, changed one or changed nothing, and the items skipped.</summary>
public sealed record IngestResponse(int New, int Updated, int Duplicate, int Rejected, IReadOnlyList<IngestProblemResponse> Problems);
