using System.Text.Json;

namespace Dashboard.Plugins.QueueTimes.Files;

/// <summary>
/// Where the last read of a growing file stopped: the byte offset after the last whole line, that line's number, and a
/// hash of the file's first bytes, which tells a rotated or rewritten file from the same file grown longer.
/// </summary>
/// <param name="Offset">Bytes read, always at the start of a line.</param>
/// <param name="Line">Lines read.</param>
/// <param name="Head">SHA-256 (hex) of the first <paramref name="HeadLength"/> bytes.</param>
/// <param name="HeadLength">How many bytes <paramref name="Head"/> covers.</param>
internal sealed record FileCheckpoint(long Offset, int Line, string Head, int HeadLength)
{
    /// <summary>The start of a file.</summary>
    public static FileCheckpoint Start { get; } = new(0, 0, string.Empty, 0);

    /// <summary>The checkpoint as the opaque text the host stores.</summary>
    public string Serialise() => JsonSerializer.Serialize(this);

    /// <summary>Reads a stored checkpoint; null when there is none or it is not one of ours (then reading starts over).</summary>
    public static FileCheckpoint? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FileCheckpoint>(text) is { Offset: >= 0, Line: >= 0, Head: not null, HeadLength: >= 0 } checkpoint
                ? checkpoint
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
