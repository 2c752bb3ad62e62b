using System.Text.Json;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.ComplaintTrends.Csv;

/// <summary>
/// Reads the CSV exports of a folder incrementally. The checkpoint holds, per file name, how many bytes were read: only
/// whole lines (up to the last line break) are read, so a file still being written is read on when it grows; a file
/// shorter than its checkpoint was replaced and is read again from the start (re-read rows change nothing, their ids
/// being stable). A file that cannot be read as a complaint export is reported and left unread, so that it is read
/// once its columns are set right.
/// </summary>
internal sealed class CsvFolderReader(ComplaintTrendsSettings settings, TimeZoneInfo zone, ILogger logger)
{
    /// <summary>Reads what is new in the folder since <paramref name="checkpoint"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or cannot be listed.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public async Task<RecordBatch> ReadAsync(string? checkpoint, CancellationToken cancellationToken)
    {
        var folder = settings.CsvFolder ?? string.Empty;
        var read = ReadCheckpoint(checkpoint);
        var next = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var updates = new List<RecordUpdate>();
        var problems = new List<InputProblem>();
        var parser = new ComplaintCsvParser(settings.CsvColumns, settings.CsvDelimiter[0], zone);
        foreach (var path in Files(folder))
        {
            var name = Path.GetFileName(path);
            var bytes = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            var complete = bytes.AsSpan().LastIndexOf((byte)'\n') + 1;
            var from = read.GetValueOrDefault(name);
            from = from > complete ? 0 : from;
            next[name] = from;
            if (from == complete)
            {
                continue;
            }

            try
            {
                var result = parser.Parse(bytes.AsMemory(0, complete), path, from);
                updates.AddRange(result.Complaints.Select(complaint => complaint.ToUpdate()));
                problems.AddRange(result.Problems);
                next[name] = complete;
            }
            catch (InputException exception)
            {
                problems.Add(exception.Problem);
            }
        }

        logger.LogDebug("CSV folder {Folder}: {Count} complaints, {Problems} problems", folder, updates.Count, problems.Count);
        return new RecordBatch { Updates = updates, Checkpoint = JsonSerializer.Serialize(next), Problems = problems };
    }

    /// <summary>The files of the folder the pattern matches, in name order.</summary>
    public IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The CSV folder '{folder}' does not exist or this service may not read it.");
        }

        return [.. Directory.EnumerateFiles(folder, settings.CsvFilePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            // Shared so that the complaint system may go on writing the export while it is read.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The CSV file '{path}' cannot be read: {exception.Message}", exception);
        }
    }

    // A checkpoint this reader did not write (the source was changed) reads every file again.
    private Dictionary<string, long> ReadCheckpoint(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, long>>(checkpoint) ?? [];
        }
        catch (JsonException)
        {
            logger.LogWarning("Checkpoint {Checkpoint} is not a CSV folder checkpoint; reading every file again", checkpoint);
            return [];
        }
    }
}
