namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>A directory of its own per test, removed afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hangfire-litedb-tests-");

    public string Path => _directory.FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is shutting down; the OS temp cleaner takes it later.
        }
    }
}
