namespace Dashboard.Host.Collectors;

/// <summary>How a collector's last collection went; one document per collector, id = collector id.</summary>
public sealed class CollectorRun
{
    public string Id { get; set; } = "";

    public long LastRunUtcTicks { get; set; }

    public long? LastSuccessUtcTicks { get; set; }

    public string? LastError { get; set; }

    public int LastSampleCount { get; set; }

    public long LastDurationMilliseconds { get; set; }
}
