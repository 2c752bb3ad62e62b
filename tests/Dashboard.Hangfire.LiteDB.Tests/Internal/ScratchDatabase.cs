namespace Dashboard.Hangfire.LiteDB.Tests.Internal;

/// <summary>A database path in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "litedb-internal-" + Guid.NewGuid().ToString("N"));

    public ScratchDatabase() => Directory.CreateDirectory(_folder);

    public string FilePath => System.IO.Path.Combine(_folder, "hangfire.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
