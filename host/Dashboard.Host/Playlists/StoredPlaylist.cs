namespace Dashboard.Host.Playlists;

/// <summary>A playlist as kept in LiteDB: the validated document as JSON.</summary>
public sealed class StoredPlaylist
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Json { get; set; } = "{}";
}
