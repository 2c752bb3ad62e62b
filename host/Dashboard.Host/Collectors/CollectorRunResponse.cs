namespace Dashboard.Host.Collectors;

public sealed record CollectorRunResponse(
    DateTimeOffset At,
    bool Succeeded,
    string? Error,
    int SampleCount,
    long DurationMilliseconds,
    DateTimeOffset? LastSuccessAt);
