namespace Dashboard.Host.Collectors;

/// <summary>
/// The collector's last scheduled run: when, whether it worked, what it stored (samples or figures; records new,
/// updated and unchanged) and the input lines it skipped, the first <see cref="CollectorRun.MaxProblemsKept"/> named.
/// </summary>
public sealed record CollectorRunResponse(
    DateTimeOffset At,
    bool Succeeded,
    string? Error,
    int SampleCount,
    long DurationMilliseconds,
    DateTimeOffset? LastSuccessAt,
    int RecordsNew,
    int RecordsUpdated,
    int RecordsDuplicate,
    int LinesSkipped,
    IReadOnlyList<string> Problems);
