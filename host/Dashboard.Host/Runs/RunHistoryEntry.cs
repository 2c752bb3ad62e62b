namespace Dashboard.Host.Runs;

/// <summary>One run of a collector as kept in the run history (LiteDB collection <c>run_history</c>).</summary>
public sealed class RunHistoryEntry
{
    /// <summary>How many skipped lines an entry keeps the text of; the rest are only counted.</summary>
    public const int MaxProblemsKept = 20;

    public Guid Id { get; set; } = Guid.NewGuid();

    public string CollectorId { get; set; } = "";

    public long StartedUtcTicks { get; set; }

    public long DurationMilliseconds { get; set; }

    public RunOutcome Outcome { get; set; }

    public int RecordsNew { get; set; }

    public int RecordsUpdated { get; set; }

    public int RecordsUnchanged { get; set; }

    /// <summary>Samples (a plugin that returns samples) or figures (a record plugin) written.</summary>
    public int SamplesWritten { get; set; }

    public int LinesSkipped { get; set; }

    /// <summary>The whole error message of a failed run, or why a run was skipped.</summary>
    public string? Error { get; set; }

    public List<string> Problems { get; set; } = [];

    /// <summary>What the plugin warned about during the run (logged at Warning or above), at most <see cref="MaxProblemsKept"/>.</summary>
    public List<string> Warnings { get; set; } = [];
}
