namespace Dashboard.Host.Collectors;

/// <summary>A collection queued by "run now"; the collector's lastRun shows its result.</summary>
public sealed record RunAcceptedResponse(string CollectorId, string JobId);
