namespace Dashboard.Host.Collectors;

/// <summary>A collector was created, changed (renamed, paused, resumed, re-scheduled) or deleted.</summary>
public sealed record CollectorChange(string CollectorId, CollectorChangeKind Kind, Collector? Collector);
