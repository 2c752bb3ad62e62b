namespace Dashboard.Host.Ingest;

/// <summary>One skipped line or item of a push: its 1-based line or 0-based index, the field at fault and why.</summary>
public sealed record IngestProblemResponse(int? Line, int? Index, string? Field, string Message);
