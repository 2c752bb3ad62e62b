namespace Dashboard.Host.Collectors;

/// <summary>A clock stopped at one instant, to ask a plugin what it would have collected then.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
