using Hangfire;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB;

/// <summary>Hangfire job storage on one LiteDB file. Placeholder until the storage issue lands.</summary>
public sealed class LiteDbJobStorage : JobStorage, IDisposable
{
    public LiteDbJobStorage(string databasePath, LiteDbStorageOptions? options = null)
    {
        DatabasePath = databasePath;
        Options = options ?? new LiteDbStorageOptions();
    }

    public string DatabasePath { get; }

    public LiteDbStorageOptions Options { get; }

    public override IMonitoringApi GetMonitoringApi() => throw new NotSupportedException("LiteDB job storage is not implemented yet.");

    public override IStorageConnection GetConnection() => throw new NotSupportedException("LiteDB job storage is not implemented yet.");

    public void Dispose()
    {
    }
}
