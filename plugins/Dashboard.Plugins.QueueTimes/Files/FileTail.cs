using System.Security.Cryptography;
using System.Text;
using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Files;

/// <summary>
/// Reads what a file gained since a <see cref="FileCheckpoint"/>, whole lines only: a last line still being written
/// (no line break yet) waits for the next read. A file shorter than the checkpoint, or whose first bytes changed, was
/// truncated or rotated: reading starts over from its beginning, after the rest of the rotated file (<c>path.1</c>,
/// logrotate's name) when that file is the one the checkpoint belongs to.
/// </summary>
internal static class FileTail
{
    /// <summary>The most bytes read from one file per run; the rest comes in the next runs.</summary>
    public const int MaxChunkBytes = 4 * 1024 * 1024;

    private const int HeadBytes = 1024;
    private const int MaxHeaderBytes = 64 * 1024;
    private const byte LineFeed = (byte)'\n';

    /// <summary>The new lines (rotated remainder first) and the checkpoint after them.</summary>
    public static async Task<(IReadOnlyList<FileChunk> Chunks, FileCheckpoint Next)> ReadAsync(
        string path, FileCheckpoint? from, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        var checkpoint = from ?? FileCheckpoint.Start;
        var chunks = new List<FileChunk>();
        if (!await ContinuesAsync(stream, checkpoint, cancellationToken))
        {
            var rotated = path + ".1";
            if (checkpoint.Offset > 0 && File.Exists(rotated))
            {
                await using var old = Open(rotated);
                if (await ContinuesAsync(old, checkpoint, cancellationToken))
                {
                    chunks.Add((await ReadFromAsync(old, rotated, checkpoint, cancellationToken)).Chunk);
                }
            }

            checkpoint = FileCheckpoint.Start;
        }

        var (chunk, next) = await ReadFromAsync(stream, path, checkpoint, cancellationToken);
        chunks.Add(chunk);
        return (chunks, next);
    }

    /// <summary>The file's first line (a CSV header), without its line break.</summary>
    public static async Task<string> ReadFirstLineAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        var bytes = await ReadAtAsync(stream, 0, (int)Math.Min(stream.Length, MaxHeaderBytes), cancellationToken);
        var end = Array.IndexOf(bytes, LineFeed);
        return Encoding.UTF8.GetString(bytes, 0, end < 0 ? bytes.Length : end).TrimStart('\uFEFF').TrimEnd('\r');
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);

    private static async Task<bool> ContinuesAsync(FileStream stream, FileCheckpoint checkpoint, CancellationToken cancellationToken) =>
        stream.Length >= checkpoint.Offset
        && (checkpoint.HeadLength == 0 || await HashHeadAsync(stream, checkpoint.HeadLength, cancellationToken) == checkpoint.Head);

    private static async Task<(FileChunk Chunk, FileCheckpoint Next)> ReadFromAsync(
        FileStream stream, string source, FileCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var length = (int)Math.Min(stream.Length - checkpoint.Offset, MaxChunkBytes);
        var bytes = await ReadAtAsync(stream, checkpoint.Offset, length, cancellationToken);
        var lastLineFeed = Array.LastIndexOf(bytes, LineFeed);
        if (lastLineFeed < 0)
        {
            return length == MaxChunkBytes
                ? throw new InputException(new InputPlace(source, checkpoint.Line + 1).Problem(
                    null, $"The line is longer than {MaxChunkBytes / (1024 * 1024)} MiB; this is not a queue_log or CSV file."))
                : (new FileChunk(source, string.Empty, checkpoint.Line + 1, checkpoint.Offset), checkpoint);
        }

        var consumed = lastLineFeed + 1;
        var lines = bytes.AsSpan(0, consumed).Count(LineFeed);
        var offset = checkpoint.Offset + consumed;
        var headLength = (int)Math.Min(HeadBytes, offset);
        var head = headLength == checkpoint.HeadLength ? checkpoint.Head : await HashHeadAsync(stream, headLength, cancellationToken);
        var chunk = new FileChunk(source, Encoding.UTF8.GetString(bytes, 0, consumed), checkpoint.Line + 1, checkpoint.Offset);
        return (chunk, new FileCheckpoint(offset, checkpoint.Line + lines, head, headLength));
    }

    private static async Task<string> HashHeadAsync(FileStream stream, int length, CancellationToken cancellationToken) =>
        Convert.ToHexString(SHA256.HashData(await ReadAtAsync(stream, 0, length, cancellationToken)));

    private static async Task<byte[]> ReadAtAsync(FileStream stream, long offset, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        stream.Position = offset;
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
