using System.Text.Json;

namespace Dashboard.Plugins.Feedback;

/// <summary>The checkpoint of a watched folder: a <see cref="FileMark"/> per file name. Files that disappear are dropped.</summary>
internal sealed record FolderCheckpoint
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The marks by file name, relative to the folder.</summary>
    public Dictionary<string, FileMark> Files { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads a checkpoint written by <see cref="ToString"/>; an empty or unreadable one starts the folder afresh, which
    /// re-reads every file and changes nothing stored, since answers are stored by their own ids.
    /// </summary>
    public static FolderCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new();
        }

        try
        {
            var files = JsonSerializer.Deserialize<Dictionary<string, FileMark>>(text, Options);
            return new() { Files = new(files ?? [], StringComparer.Ordinal) };
        }
        catch (JsonException)
        {
            return new();
        }
    }

    /// <inheritdoc />
    public override string ToString() => JsonSerializer.Serialize(Files, Options);
}
