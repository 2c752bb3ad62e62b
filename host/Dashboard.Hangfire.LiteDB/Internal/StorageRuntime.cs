using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Locking;
using Dashboard.Hangfire.LiteDB.Internal.Queue;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal;

/// <summary>Everything one storage instance owns: its database, its writer, its queue and lock machinery.</summary>
internal sealed class StorageRuntime : IDisposable
{
    private readonly string _instanceId = Guid.NewGuid().ToString("N");
    private long _lastJobId;
    private long _lastOwnerId;
    private readonly Timer? _logSync;

    public StorageRuntime(string databasePath, LiteDbStorageOptions options)
    {
        Options = options;
        Database = new StorageDatabase(databasePath, options.SyncToDeviceOnCommit);
        try
        {
            _lastJobId = Database.Jobs.Find(Query.All(Query.Descending), 0, 1).FirstOrDefault()?.Id ?? 0;
            Writer = new SingleWriter(Database, options);
        }
        catch
        {
            Database.Dispose();
            throw;
        }

        Signal = new QueueSignal();
        Writer.QueueChanged += Signal.Pulse;
        Writer.Execute(context => QueueWrites.RequeueAllFetched(context));
        FetchedJobs = new FetchedJobRegistry(Writer, options.InvisibilityTimeout);
        Locks = new DistributedLockManager(Database, Writer, options.DistributedLockLifetime);
        Fetcher = new JobFetcher(Database, Writer, Signal, FetchedJobs, options);
        if (!options.SyncToDeviceOnCommit && options.LogSyncInterval > TimeSpan.Zero)
        {
            _logSync = new Timer(_ => SyncLog(), null, options.LogSyncInterval, options.LogSyncInterval);
        }
    }

    public LiteDbStorageOptions Options { get; }

    public StorageDatabase Database { get; }

    public SingleWriter Writer { get; }

    public QueueSignal Signal { get; }

    public FetchedJobRegistry FetchedJobs { get; }

    public DistributedLockManager Locks { get; }

    public JobFetcher Fetcher { get; }

    /// <summary>Job ids are handed out before the commit (a transaction refers to its new job), so they come from memory.</summary>
    public long NextJobId() => Interlocked.Increment(ref _lastJobId);

    public string NewOwnerId() => _instanceId + ":" + Interlocked.Increment(ref _lastOwnerId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void SyncLog()
    {
        try
        {
            Database.SyncLogToDevice();
        }
        catch (ObjectDisposedException)
        {
            // Closing: disposing the database syncs on its own.
        }
    }

    public void Dispose()
    {
        _logSync?.Dispose();
        Locks.Dispose();
        FetchedJobs.Dispose();
        Writer.Dispose();
        Database.Dispose();
    }
}
