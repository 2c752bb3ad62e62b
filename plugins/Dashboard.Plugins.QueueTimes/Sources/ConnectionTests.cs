using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Sources;

/// <summary>Checks that the configured file or folder can be read, without reading it from its checkpoint.</summary>
internal static class ConnectionTests
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>Tries the source once; a failure is a result with the reason.</summary>
    public static async Task<ConnectionCheck> TestAsync(QueueTimesSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return settings.Source switch
            {
                QueueSource.QueueLogFile or QueueSource.QueueLogCsv => await TestFileAsync(settings.Path!, cancellationToken),
                QueueSource.VisitsCsvFolder => TestFolder(settings.Folder!, settings.FilePattern),
                QueueSource.Push => Success("This collector only takes pushed input; there is nothing to connect to."),
                _ => Success("The demo simulates a queue system and a phone line; there is nothing to connect to."),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new ConnectionCheck { Succeeded = false, Message = exception.Message };
        }
    }

    private static async Task<ConnectionCheck> TestFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
        var sample = new byte[(int)Math.Min(stream.Length, SampleBytes)];
        await stream.ReadExactlyAsync(sample, cancellationToken);
        var lines = sample.AsSpan().Count((byte)'\n');
        return Success($"Read '{path}': {stream.Length} bytes, {lines} lines in its first {sample.Length} bytes.");
    }

    private static ConnectionCheck TestFolder(string folder, string pattern)
    {
        var files = Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly).Count();
        return Success($"Listed '{folder}': {files} files match {pattern}.");
    }

    private static ConnectionCheck Success(string message) => new() { Succeeded = true, Message = message };
}
