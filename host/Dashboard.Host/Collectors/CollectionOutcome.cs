using Dashboard.Host.Metrics;

namespace Dashboard.Host.Collectors;

/// <summary>What one call of a plugin gave: its samples, or the reason it failed.</summary>
public sealed record CollectionOutcome(IReadOnlyList<QualifiedSample> Samples, string? Error, TimeSpan Duration)
{
    public bool Succeeded => Error is null;
}
