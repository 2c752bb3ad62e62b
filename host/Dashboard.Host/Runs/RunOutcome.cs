namespace Dashboard.Host.Runs;

/// <summary>How one run of a collector ended.</summary>
public enum RunOutcome
{
    Succeeded,
    Failed,

    /// <summary>The trigger came while the collector's previous run was still going, so nothing ran.</summary>
    Skipped,
}
