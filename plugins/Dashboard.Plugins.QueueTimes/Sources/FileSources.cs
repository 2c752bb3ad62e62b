using Dashboard.Plugins.QueueTimes.Files;
using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.QueueTimes.QueueLog;
using Dashboard.Plugins.QueueTimes.Visits;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Sources;

/// <summary>
/// The file sources, each read incrementally from its checkpoint: the queue_log file, its CSV export, and a folder of
/// visit CSV files. A file that cannot be opened fails the run with its path; nothing is stored and the next run retries.
/// </summary>
internal static class FileSources
{
    /// <summary>Reads what the queue_log file gained.</summary>
    public static async Task<RecordBatch> QueueLogFileAsync(CollectContext context, QueueTimesSettings settings, CancellationToken cancellationToken)
    {
        var tally = new InputTally();
        var next = await ReadFileAsync(settings.Path!, context.Checkpoint, (chunk, _) =>
        {
            QueueLogTextParser.Parse(chunk.Text, chunk.FirstLine, chunk.Source, tally);
            return Task.CompletedTask;
        }, cancellationToken);
        tally.Log(context.Logger, settings.Path!);
        return tally.ToBatch(next.Serialise());
    }

    /// <summary>Reads the rows the queue_log CSV export gained.</summary>
    public static async Task<RecordBatch> QueueLogCsvAsync(CollectContext context, QueueTimesSettings settings, CancellationToken cancellationToken)
    {
        var tally = new InputTally();
        var next = await ReadFileAsync(settings.Path!, context.Checkpoint, async (chunk, token) =>
            QueueLogCsvParser.Parse(await CsvOfAsync(chunk, token), settings.QueueLogColumns, chunk.Source, settings.QueueLogZone(context.TimeZone), tally), cancellationToken);
        tally.Log(context.Logger, settings.Path!);
        return tally.ToBatch(next.Serialise());
    }

    /// <summary>Reads the rows the folder's visit CSV files gained, file by file in name order, up to about one chunk per run.</summary>
    public static async Task<RecordBatch> VisitsFolderAsync(CollectContext context, QueueTimesSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Folder!;
        var files = await GuardAsync("the visits folder", folder, () => Task.FromResult(
            Directory.EnumerateFiles(folder, settings.FilePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()));
        var previous = FolderCheckpoint.Parse(context.Checkpoint).Files;
        var next = new Dictionary<string, FileCheckpoint>(StringComparer.Ordinal);
        var tally = new InputTally();
        var budget = (long)FileTail.MaxChunkBytes;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var from = previous.GetValueOrDefault(name);
            if (budget <= 0)
            {
                if (from is not null)
                {
                    next[name] = from;
                }

                continue;
            }

            var checkpoint = await ReadFileAsync(path, from?.Serialise(), async (chunk, token) =>
                VisitCsvParser.Parse(await CsvOfAsync(chunk, token), chunk.Source, context.TimeZone, tally), cancellationToken);
            budget -= checkpoint.Offset - (from?.Offset ?? 0);
            next[name] = checkpoint;
        }

        tally.Log(context.Logger, folder);
        return tally.ToBatch(new FolderCheckpoint(next).Serialise());
    }

    private static async Task<FileCheckpoint> ReadFileAsync(
        string path, string? checkpoint, Func<FileChunk, CancellationToken, Task> parse, CancellationToken cancellationToken)
    {
        var (chunks, next) = await GuardAsync("the file", path, () => FileTail.ReadAsync(path, FileCheckpoint.Parse(checkpoint), cancellationToken));
        foreach (var chunk in chunks.Where(chunk => chunk.Text.Length > 0))
        {
            await parse(chunk, cancellationToken);
        }

        return next;
    }

    // A chunk from the file's start carries its header; a later one gets the header from the file's first line.
    private static async Task<CsvText> CsvOfAsync(FileChunk chunk, CancellationToken cancellationToken) =>
        chunk.StartOffset == 0
            ? CsvText.Whole(chunk.Text)
            : new CsvText(await GuardAsync("the file", chunk.Source, () => FileTail.ReadFirstLineAsync(chunk.Source, cancellationToken)), chunk.Text, chunk.FirstLine);

    private static async Task<T> GuardAsync<T>(string what, string path, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new IOException($"Cannot read {what} '{path}': {exception.Message}", exception);
        }
    }
}
