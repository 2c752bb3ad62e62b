using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;
using LiteDB.Engine;

namespace Dashboard.Hangfire.LiteDB.Internal.Database;

/// <summary>
/// One LiteDB file with its log, its own mapper and its collections. Reads may use it from any thread;
/// writes must come only from the <see cref="Writing.SingleWriter"/> thread.
/// </summary>
internal sealed class StorageDatabase : IDisposable
{
    private readonly DurableFileStream _dataStream;
    private readonly DurableFileStream _logStream;
    private readonly LiteEngine _engine;
    private readonly LogWriterDrain? _drain;

    public StorageDatabase(string databasePath, bool syncLogOnEveryCommit)
    {
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // The data file is written only by checkpoints, which truncate the log afterwards: it must always reach the device first.
        _dataStream = new DurableFileStream(fullPath, syncOnFlush: true);
        try
        {
            _logStream = new DurableFileStream(LogPathOf(fullPath), syncOnFlush: syncLogOnEveryCommit);
        }
        catch
        {
            _dataStream.Dispose();
            throw;
        }

        _engine = new LiteEngine(new EngineSettings
        {
            DataStream = _dataStream,
            LogStream = _logStream,
            TempStream = new MemoryStream(),
            // Hangfire keys are case-sensitive; LiteDB's default collation ignores case.
            Collation = new Collation("en-US/Ordinal"),
        });
        Database = new LiteDatabase(_engine, CreateMapper(), disposeOnClose: false);
        _drain = LogWriterDrain.TryCreate(_engine);

        Jobs = Database.GetCollection<JobDocument>("jobs");
        States = Database.GetCollection<StateDocument>("states", BsonAutoId.Int64);
        QueueItems = Database.GetCollection<QueueItemDocument>("queue");
        QueueNames = Database.GetCollection<QueueNameDocument>("queues");
        Sets = Database.GetCollection<SetItemDocument>("sets");
        Lists = Database.GetCollection<ListItemDocument>("lists", BsonAutoId.Int64);
        Hashes = Database.GetCollection<HashFieldDocument>("hashes");
        Counters = Database.GetCollection<CounterDocument>("counters");
        Servers = Database.GetCollection<ServerDocument>("servers");
        Locks = Database.GetCollection<LockDocument>("locks");
        EnsureIndexes();
        CreateCollectionsWithoutIndexes();
    }

    public LiteDatabase Database { get; }

    /// <summary>False when LiteDB's log queue could not be reached and commits are made durable by checkpoints instead.</summary>
    public bool DrainsLogQueue => _drain is not null;

    public ILiteCollection<JobDocument> Jobs { get; }

    public ILiteCollection<StateDocument> States { get; }

    public ILiteCollection<QueueItemDocument> QueueItems { get; }

    public ILiteCollection<QueueNameDocument> QueueNames { get; }

    public ILiteCollection<SetItemDocument> Sets { get; }

    public ILiteCollection<ListItemDocument> Lists { get; }

    public ILiteCollection<HashFieldDocument> Hashes { get; }

    public ILiteCollection<CounterDocument> Counters { get; }

    public ILiteCollection<ServerDocument> Servers { get; }

    public ILiteCollection<LockDocument> Locks { get; }

    public static string LogPathOf(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    /// <summary>
    /// Makes everything committed so far survive a killed process: LiteDB's log writer has handed the pages to the
    /// operating system. With a per-commit sync its own flush after draining reaches the device too.
    /// </summary>
    public void MakeCommittedDurable()
    {
        if (_drain is null)
        {
            Database.Checkpoint();
            return;
        }

        _drain.WaitUntilWritten();
    }

    /// <summary>Syncs the log to the device (bounds what a power cut can take when commits do not sync).</summary>
    public void SyncLogToDevice() => _logStream.SyncToDevice();

    public void Dispose()
    {
        Database.Dispose();
        _engine.Dispose();
        _logStream.Dispose();
        _dataStream.Dispose();
    }

    private static BsonMapper CreateMapper() => new()
    {
        EmptyStringToNull = false,
        TrimWhitespace = false,
        SerializeNullValues = false,
    };

    private void EnsureIndexes()
    {
        Jobs.EnsureIndex(x => x.StateSlot);
        Jobs.EnsureIndex(x => x.ExpireAt);
        States.EnsureIndex(x => x.JobId);
        QueueItems.EnsureIndex(x => x.Slot);
        QueueItems.EnsureIndex(x => x.JobId);
        Sets.EnsureIndex(x => x.Key);
        Sets.EnsureIndex(x => x.ScoreSlot);
        Sets.EnsureIndex(x => x.ExpireAt);
        Lists.EnsureIndex(x => x.Key);
        Lists.EnsureIndex(x => x.ExpireAt);
        Hashes.EnsureIndex(x => x.Key);
        Hashes.EnsureIndex(x => x.ExpireAt);
        Counters.EnsureIndex(x => x.ExpireAt);
        Locks.EnsureIndex(x => x.ExpireAt);
    }

    // LiteDB 5.0.20-5.0.21 closes its engine for good when a collection is read while another transaction creates it
    // (litedb-org/LiteDB #2792). Indexes create the other collections above; these two have none, so an empty insert
    // creates them before the server announces itself or the first job is queued.
    private void CreateCollectionsWithoutIndexes()
    {
        if (!Database.CollectionExists(QueueNames.Name))
        {
            QueueNames.Insert(Array.Empty<QueueNameDocument>());
        }

        if (!Database.CollectionExists(Servers.Name))
        {
            Servers.Insert(Array.Empty<ServerDocument>());
        }
    }
}
