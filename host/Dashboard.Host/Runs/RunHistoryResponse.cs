namespace Dashboard.Host.Runs;

/// <summary>One run as the admin API shows it; <c>Outcome</c> is succeeded, failed or skipped.</summary>
public sealed record RunHistoryResponse(
    DateTimeOffset StartedUtc,
    long DurationMilliseconds,
    RunOutcome Outcome,
    int RecordsNew,
    int RecordsUpdated,
    int RecordsUnchanged,
    int SamplesWritten,
    int LinesSkipped,
    string? Error,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings)
{
    public static RunHistoryResponse From(RunHistoryEntry entry) => new(
        new DateTimeOffset(entry.StartedUtcTicks, TimeSpan.Zero),
        entry.DurationMilliseconds,
        entry.Outcome,
        entry.RecordsNew,
        entry.RecordsUpdated,
        entry.RecordsUnchanged,
        entry.SamplesWritten,
        entry.LinesSkipped,
        entry.Error,
        entry.Problems,
        entry.Warnings);
}
