using Dashboard.Host.Configuration;
using LiteDB;

namespace Dashboard.Host.Storage;

/// <summary>
/// The host's LiteDB file. LiteDB 5.0.20 corrupts its free-page list when two threads write at once
/// (litedb-org/LiteDB #2825), so every write goes through <see cref="WriteAsync{T}"/>: one writer at a time,
/// each batch in one transaction. Every collection exists from the moment the file is open (see
/// <see cref="CreateCollections"/>).
/// </summary>
public sealed class DashboardDatabase : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public DashboardDatabase(DashboardPaths paths)
        : this(paths.MetricsDatabase)
    {
    }

    public DashboardDatabase(string fileName)
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.Entity<Metrics.StoredSample>().Id(sample => sample.Id, autoId: false);
        _database = new LiteDatabase(new ConnectionString { Filename = fileName, Connection = ConnectionType.Direct }, mapper);
        try
        {
            UseOrdinalCollation();
            CreateCollections();
            EnsureIndexes();
        }
        catch
        {
            // The file stays locked by this process until the database is disposed; a host that failed to start must let go.
            _database.Dispose();
            throw;
        }
    }

    /// <summary>Reads; LiteDB lets them run beside the single writer.</summary>
    public ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    public bool CollectionExists(string name) => _database.CollectionExists(name);

    /// <summary>
    /// Runs <paramref name="write"/> alone, inside one transaction; on an exception nothing of it is kept. Still alone,
    /// <paramref name="committed"/> runs after the commit and <paramref name="rolledBack"/> after a rollback, so what a
    /// caller keeps in memory follows the file before the next writer starts.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<ILiteDatabase, T> write, CancellationToken cancellationToken = default, Action? committed = null, Action? rolledBack = null)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // LiteDB binds a transaction to the calling thread, so the whole batch runs synchronously here.
            _database.BeginTrans();
            try
            {
                var result = write(_database);
                _database.Commit();
                committed?.Invoke();
                return result;
            }
            catch
            {
                _database.Rollback();
                rolledBack?.Invoke();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Drops a collection as the single writer; LiteDB refuses to drop one inside a transaction.</summary>
    public async Task DropCollectionAsync(string name, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _database.DropCollection(name);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task WriteAsync(Action<ILiteDatabase> write, CancellationToken cancellationToken = default) =>
        WriteAsync(database =>
        {
            write(database);
            return true;
        }, cancellationToken);

    public void Dispose()
    {
        _database.Dispose();
        _writeGate.Dispose();
    }

    // LiteDB's default collation ignores case and characters such as the soft hyphen, so ids that sources tell apart
    // ("ABC" and "abc") would be one key; ordinal comparison is also the faster. A file made before is rebuilt once.
    private void UseOrdinalCollation()
    {
        var ordinal = new Collation("en-US/Ordinal");
        if (_database.Pragma("COLLATION").AsString != ordinal.ToString())
        {
            _database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = ordinal });
        }
    }

    // LiteDB 5.0.20-5.0.21 closes its engine for good when a collection is read while another transaction creates it
    // (litedb-org/LiteDB #2792): the reader finds the new name in the shared header but reads the page from an older
    // snapshot. Creating the missing ones here, before any reader runs, leaves no collection to be created later.
    private void CreateCollections()
    {
        var missing = CollectionNames.InUse.Where(name => !_database.CollectionExists(name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        _database.BeginTrans();
        foreach (var name in missing)
        {
            _database.GetCollection(name).Insert(Array.Empty<BsonDocument>());
        }

        _database.Commit();
    }

    private void EnsureIndexes()
    {
        var history = _database.GetCollection<Runs.RunHistoryEntry>(CollectionNames.RunHistory);
        history.EnsureIndex(entry => entry.CollectorId);
        history.EnsureIndex(entry => entry.StartedUtcTicks);
        var records = _database.GetCollection(CollectionNames.Records);
        records.EnsureIndex(Records.RecordDocument.PlaceKey, "$." + Records.RecordDocument.PlaceKey);
    }
}
