namespace Dashboard.Host.Storage;

public static class CollectionNames
{
    /// <summary>One document per sample, as versions before buckets wrote them; converted at start and dropped.</summary>
    public const string LegacySamples = "samples";
    public const string SampleBuckets = "metric_raw";
    public const string RollupBuckets = "metric_rollups";
    public const string Series = "metric_series";
    /// <summary>One document per series, as earlier versions wrote last values; converted at start and dropped.</summary>
    public const string LastValues = "last_values";
    public const string CollectorLastValues = "last_values_by_collector";
    public const string Records = "records";
    public const string RecordCheckpoints = "record_checkpoints";
    public const string IngestKeys = "ingest_keys";
    public const string Collectors = "collectors";
    public const string CollectorRuns = "collector_runs";
    public const string RunHistory = "run_history";
    public const string Dashboards = "dashboards";
    public const string DashboardGenerations = "dashboard_generations";
    public const string Playlists = "playlists";
    public const string Users = "users";
    public const string DisplayScreens = "display_screens";
    public const string Audit = "audit";

    /// <summary>Every collection the host reads and writes now (not the legacy ones it only converts and drops).</summary>
    public static readonly IReadOnlyList<string> InUse =
    [
        SampleBuckets, RollupBuckets, Series, CollectorLastValues, Records, RecordCheckpoints, IngestKeys, Collectors,
        CollectorRuns, RunHistory, Dashboards, DashboardGenerations, Playlists, Users, DisplayScreens, Audit,
    ];
}
