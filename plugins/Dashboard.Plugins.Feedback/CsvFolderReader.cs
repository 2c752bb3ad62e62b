using System.Security.Cryptography;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Reads the CSV files of a watched folder incrementally. Per file the checkpoint keeps the bytes and lines consumed
/// and a hash of the file's first bytes: an appended file is read from where it stopped (behind its header line), a
/// replaced or truncated file (rotation) from its start, a new file from its start. Only whole lines are consumed, so a
/// line still being written is left for the next read, unless the file has not changed for <see cref="SettleTime"/>
/// (an export whose last line has no line break). Answers are stored by their ids, so reading a line twice changes nothing.
/// </summary>
internal sealed class CsvFolderReader(FeedbackSettings settings, FeedbackCsvParser parser)
{
    /// <summary>How long an unchanged file's unterminated last line waits before it is taken as complete.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(60);

    /// <summary>The most bytes one run reads over all files; the rest waits for the next run.</summary>
    public const int MaxBytesPerRun = 32 * 1024 * 1024;

    private const int HeadBytes = 1024;

    private string Folder => settings.Folder ?? string.Empty;

    /// <summary>Reads what is new in the folder since <paramref name="checkpoint"/>; the batch carries the next checkpoint.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or cannot be reached.</exception>
    public async Task<RecordBatch> ReadAsync(string? checkpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            throw new DirectoryNotFoundException($"The feedback folder '{Folder}' does not exist or cannot be reached.");
        }

        var previous = FolderCheckpoint.Parse(checkpoint);
        var next = new FolderCheckpoint();
        var answers = ParsedAnswers.Empty;
        var budget = MaxBytesPerRun;
        foreach (var path in Directory.EnumerateFiles(Folder, settings.FilePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var mark = previous.Files.GetValueOrDefault(name);
            if (budget <= 0)
            {
                if (mark is not null)
                {
                    next.Files[name] = mark;
                }

                continue;
            }

            var (read, newMark, bytes) = await ReadFileAsync(path, mark, now, budget, cancellationToken).ConfigureAwait(false);
            answers = answers.Concat(read);
            budget -= bytes;
            if (newMark is not null)
            {
                next.Files[name] = newMark;
            }
        }

        return new RecordBatch { Updates = answers.Updates, Problems = answers.Problems, Checkpoint = next.ToString() };
    }

    /// <summary>A short account of the folder for the connection test.</summary>
    public ConnectionCheck Check()
    {
        try
        {
            if (!Directory.Exists(Folder))
            {
                return new() { Succeeded = false, Message = $"The folder '{Folder}' does not exist or cannot be reached." };
            }

            var files = Directory.GetFiles(Folder, settings.FilePattern, SearchOption.TopDirectoryOnly);
            foreach (var file in files)
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }

            return new() { Succeeded = true, Message = $"The folder '{Folder}' is readable and holds {files.Length} file(s) matching {settings.FilePattern}." };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new() { Succeeded = false, Message = $"The folder '{Folder}' cannot be read: {exception.Message}" };
        }
    }

    private async Task<(ParsedAnswers Answers, FileMark? Mark, int Bytes)> ReadFileAsync(
        string path, FileMark? mark, DateTimeOffset now, int budget, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
        var length = stream.Length;
        if (mark is not null && (length < mark.Offset || !await HeadMatchesAsync(stream, mark, cancellationToken).ConfigureAwait(false)))
        {
            mark = null;
        }

        var start = mark?.Offset ?? 0;
        var chunk = new byte[(int)Math.Min(length - start, budget)];
        stream.Position = start;
        await stream.ReadExactlyAsync(chunk, cancellationToken).ConfigureAwait(false);
        var settled = start + chunk.Length == length && now - File.GetLastWriteTimeUtc(path) >= SettleTime;
        var end = WholeLinesEnd(chunk, settled);
        if (end == 0)
        {
            return (ParsedAnswers.Empty, mark, chunk.Length);
        }

        var lines = mark?.Lines ?? 0;
        ParsedAnswers answers;
        try
        {
            answers = start == 0
                ? parser.Parse(chunk.AsMemory(0, end), path)
                : parser.Parse(await BehindHeaderAsync(stream, chunk.AsMemory(0, end), cancellationToken).ConfigureAwait(false), path, lineOffset: lines - 1);
        }
        catch (InputException exception)
        {
            // Left where it was, so that the file is read again once the column settings are put right.
            return (new ParsedAnswers([], [exception.Problem]), mark, chunk.Length);
        }

        var consumed = start + end;
        var headLength = (int)Math.Min(consumed, HeadBytes);
        var head = await HashHeadAsync(stream, headLength, cancellationToken).ConfigureAwait(false);
        var newLines = lines + chunk.AsSpan(0, end).Count((byte)'\n');
        return (answers, new FileMark(consumed, newLines, headLength, head), chunk.Length);
    }

    /// <summary>The end of the last whole line of <paramref name="chunk"/>: its last line break outside quotes.</summary>
    private static int WholeLinesEnd(byte[] chunk, bool takeUnterminatedLine)
    {
        var quoted = false;
        var end = 0;
        for (var index = 0; index < chunk.Length; index++)
        {
            if (chunk[index] == '"')
            {
                quoted = !quoted;
            }
            else if (chunk[index] == '\n' && !quoted)
            {
                end = index + 1;
            }
        }

        return takeUnterminatedLine && !quoted ? chunk.Length : end;
    }

    private static async Task<ReadOnlyMemory<byte>> BehindHeaderAsync(FileStream stream, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var head = new byte[(int)Math.Min(stream.Length, 64 * 1024)];
        stream.Position = 0;
        await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        var headerLength = Array.IndexOf(head, (byte)'\n') is var lineEnd and >= 0 ? lineEnd + 1 : head.Length;
        var text = new byte[headerLength + body.Length];
        head.AsSpan(0, headerLength).CopyTo(text);
        body.Span.CopyTo(text.AsSpan(headerLength));
        return text;
    }

    private static async Task<bool> HeadMatchesAsync(FileStream stream, FileMark mark, CancellationToken cancellationToken) =>
        await HashHeadAsync(stream, mark.HeadLength, cancellationToken).ConfigureAwait(false) == mark.Head;

    private static async Task<string> HashHeadAsync(FileStream stream, int length, CancellationToken cancellationToken)
    {
        var head = new byte[length];
        stream.Position = 0;
        await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexString(SHA256.HashData(head));
    }
}
