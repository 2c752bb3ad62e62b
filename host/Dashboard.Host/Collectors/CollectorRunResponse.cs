namespace Dashboard.Host.Collectors;

/// <summary>
/// The collector's last scheduled run: when, whether it worked, what it stored (samples or figures; records new,
/// updated and unchanged), the input lines it skipped, the first <see cref="CollectorRun.MaxProblemsKept"/> named, and the
/// warnings the plugin reported (its Warning-level log, then the skipped lines).
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
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings);
