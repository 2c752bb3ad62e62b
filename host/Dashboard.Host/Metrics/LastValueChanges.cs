namespace Dashboard.Host.Metrics;

/// <summary>What a write made of each changed collector's last values, to publish once it has committed.</summary>
public sealed record LastValueChanges(IReadOnlyDictionary<string, Dictionary<string, LastValue>> ByCollector);
