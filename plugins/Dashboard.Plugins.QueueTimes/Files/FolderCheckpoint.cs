using System.Text.Json;

namespace Dashboard.Plugins.QueueTimes.Files;

/// <summary>Where the last read of each file of a watched folder stopped, by file name.</summary>
internal sealed record FolderCheckpoint(IReadOnlyDictionary<string, FileCheckpoint> Files)
{
    /// <summary>The checkpoint as the opaque text the host stores.</summary>
    public string Serialise() => JsonSerializer.Serialize(this);

    /// <summary>Reads a stored checkpoint; an empty one when there is none or it is not one of ours.</summary>
    public static FolderCheckpoint Parse(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                if (JsonSerializer.Deserialize<FolderCheckpoint>(text) is { Files: not null } checkpoint)
                {
                    return checkpoint;
                }
            }
            catch (JsonException)
            {
                // Not ours (another source's checkpoint after a settings change): read the folder from the start.
            }
        }

        return new FolderCheckpoint(new Dictionary<string, FileCheckpoint>());
    }
}
