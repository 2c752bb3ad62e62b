namespace Dashboard.Host.Collectors;

/// <summary>How a collector's last collection went; one document per collector, id = collector id.</summary>
public sealed class CollectorRun
{
    /// <summary>How many skipped lines a run keeps the text of; the rest are only counted.</summary>
    public const int MaxProblemsKept = 20;

    public string Id { get; set; } = "";

    public long LastRunUtcTicks { get; set; }

    public long? LastSuccessUtcTicks { get; set; }

    public string? LastError { get; set; }

    /// <summary>Samples (a plugin that returns samples) or figures (a record plugin) the run stored.</summary>
    public int LastSampleCount { get; set; }

    public long LastDurationMilliseconds { get; set; }

    public int RecordsNew { get; set; }

    public int RecordsUpdated { get; set; }

    public int RecordsDuplicate { get; set; }

    /// <summary>Lines or items of the input the plugin skipped, each named in <see cref="Problems"/> up to <see cref="MaxProblemsKept"/>.</summary>
    public int LinesSkipped { get; set; }

    public List<string> Problems { get; set; } = [];

    /// <summary>What the plugin reported at Warning level during the run, then the skipped lines; up to <see cref="MaxProblemsKept"/>.</summary>
    public List<string> Warnings { get; set; } = [];

    /// <summary>Why the last figure computation failed (after a run or a push); null once one succeeds.</summary>
    public string? FigureError { get; set; }

    /// <summary>Runs that failed in a row; the first success sets it back to 0.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Until when scheduled triggers are skipped (see <see cref="CollectorBackoff"/>); null when not backing off.</summary>
    public long? BackoffUntilUtcTicks { get; set; }

    /// <summary>The collector's plugin was taken out of the plugins folder; the collector waits for it.</summary>
    public bool PluginRemoved { get; set; }

    /// <summary>What the wall shows as the collector's failure.</summary>
    public string? ShownError() => LastError ?? FigureError;
}
