namespace Dashboard.Host.Collectors;

/// <summary>Marks a collection's Hangfire job as failed, with the reason already recorded on the collector.</summary>
public sealed class CollectionFailedException(string collectorId, string reason)
    : Exception($"Collector '{collectorId}': {reason}")
{
    public string CollectorId { get; } = collectorId;
}
