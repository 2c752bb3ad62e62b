using Dashboard.Hangfire.LiteDB.Internal;
using Dashboard.Hangfire.LiteDB.Internal.Maintenance;
using Dashboard.Hangfire.LiteDB.Internal.Monitoring;
using Dashboard.Hangfire.LiteDB.Internal.Queue;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB;

/// <summary>
/// Hangfire job storage on one LiteDB file: every write goes through one writer thread that commits concurrent
/// transactions together (group commit) and returns to each caller once its data is on disk.
/// </summary>
public sealed class LiteDbJobStorage : JobStorage, IDisposable
{
    private static readonly HashSet<string> SupportedFeatures = new(StringComparer.OrdinalIgnoreCase)
    {
        JobStorageFeatures.ExtendedApi,
        JobStorageFeatures.JobQueueProperty,
        JobStorageFeatures.ProcessesInsteadOfComponents,
        JobStorageFeatures.Connection.GetUtcDateTime,
        JobStorageFeatures.Connection.GetSetContains,
        JobStorageFeatures.Connection.LimitedGetSetCount,
        JobStorageFeatures.Connection.BatchedGetFirstByLowest,
        JobStorageFeatures.Transaction.AcquireDistributedLock,
        JobStorageFeatures.Transaction.CreateJob,
        JobStorageFeatures.Transaction.SetJobParameter,
        JobStorageFeatures.Transaction.RemoveFromQueue(typeof(LiteDbFetchedJob)),
        JobStorageFeatures.Monitoring.DeletedStateGraphs,
        JobStorageFeatures.Monitoring.AwaitingJobs,
    };

    private readonly StorageRuntime _runtime;
    private readonly ExpirationManager _expirationManager;
    private int _disposed;

    public LiteDbJobStorage(string databasePath, LiteDbStorageOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = databasePath;
        Options = options ?? new LiteDbStorageOptions();
        _runtime = new StorageRuntime(databasePath, Options);
        _expirationManager = new ExpirationManager(_runtime.Writer, Options);
    }

    public string DatabasePath { get; }

    public LiteDbStorageOptions Options { get; }

    public override bool LinearizableReads => true;

    public override IMonitoringApi GetMonitoringApi() => new LiteDbMonitoringApi(_runtime.Database);

    public override IStorageConnection GetConnection() => new LiteDbConnection(_runtime);

    public override bool HasFeature(string featureId)
    {
        ArgumentNullException.ThrowIfNull(featureId);
        return SupportedFeatures.Contains(featureId) || base.HasFeature(featureId);
    }

    /// <summary>The expiration manager. Counters need no aggregator here: the single writer updates them in place.</summary>
    public override IEnumerable<IBackgroundProcess> GetStorageWideProcesses() => [_expirationManager];

    public override string ToString() => $"LiteDB job storage: {DatabasePath}";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _runtime.Dispose();
        }
    }
}
