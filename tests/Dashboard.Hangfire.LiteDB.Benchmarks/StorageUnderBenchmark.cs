using Hangfire;
using Hangfire.InMemory;

namespace Dashboard.Hangfire.LiteDB.Benchmarks;

/// <summary>Opens the named storage; LiteDB on a fresh file with its default (durable) options.</summary>
public sealed class StorageUnderBenchmark : IDisposable
{
    private StorageUnderBenchmark(JobStorage storage, string? file)
    {
        Storage = storage;
        File = file;
    }

    public JobStorage Storage { get; }

    public string? File { get; }

    public static StorageUnderBenchmark Open(string name, string directory) => name switch
    {
        "InMemory" => new StorageUnderBenchmark(new InMemoryStorage(new InMemoryStorageOptions()), null),
        "LiteDB" => OpenLiteDb(Path.Combine(directory, "hangfire.db")),
        _ => throw new ArgumentException($"Unknown storage {name}."),
    };

    /// <summary>Size of the database file and any journal beside it, after the storage is closed.</summary>
    public long? FileBytes() =>
        File is null
            ? null
            : System.IO.Directory.GetFiles(Path.GetDirectoryName(File)!).Sum(f => new FileInfo(f).Length);

    public void Dispose() => (Storage as IDisposable)?.Dispose();

    private static StorageUnderBenchmark OpenLiteDb(string file) => new(new LiteDbJobStorage(file), file);
}
