namespace Dashboard.Host.Configuration;

/// <summary>The host's settings, section <c>Dashboard</c> (environment variables <c>Dashboard__Name</c>).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Folder of the LiteDB files; relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Folder of dashboard files (<c>*.json</c>) loaded at every start as provisioned, read-only dashboards; by default
    /// <c>dashboards</c> in the data folder. See docs/dashboards.md.
    /// </summary>
    public string? DashboardsDirectory { get; set; }

    /// <summary>Folder with one sub-folder per plugin; by default <c>plugins</c> beside the host's binaries.</summary>
    public string? PluginsDirectory { get; set; }

    /// <summary>On a data folder without collectors, create one demo collector per built-in plugin.</summary>
    public bool SeedDemoCollectors { get; set; } = true;

    /// <summary><c>LiteDb</c> (durable, default) or <c>InMemory</c> (tests) for Hangfire's job storage.</summary>
    public JobStorageKind JobStorage { get; set; } = JobStorageKind.LiteDb;

    /// <summary>How long a collection may run when its collector sets no timeout.</summary>
    public TimeSpan DefaultCollectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Records that ended (or, never ending, started) longer ago than this many days are pruned.</summary>
    public int RecordRetentionDays { get; set; } = 400;

    /// <summary>How many days each collector's run history is kept; older entries are pruned with the records.</summary>
    public int RunHistoryDays { get; set; } = 30;

    /// <summary>How often old records are pruned; once at start, then at this interval.</summary>
    public TimeSpan RecordPruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The largest body accepted by a collector's ingest endpoint, in bytes.</summary>
    public long MaxIngestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many pushes one ingest key may send to its collector in a one-minute window; more get a 429.</summary>
    public int IngestRequestsPerMinute { get; set; } = 1_200;

    /// <summary>How often Hangfire looks for due recurring jobs; small values keep second-level schedules punctual.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a changed plugin folder must stay unchanged before it is loaded, so a folder still being copied is not.</summary>
    public TimeSpan PluginSettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the plugins folder is scanned even without a file-system event (some file systems send none).</summary>
    public TimeSpan PluginRescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Lets anyone watch every dashboard (reads and the live hub) without signing in or a display token. Off by default;
    /// for a wall on a closed network only.
    /// </summary>
    public bool AllowAnonymousWalls { get; set; }

    /// <summary>How many Hangfire workers run collections at once.</summary>
    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);
}
