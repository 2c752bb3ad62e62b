using Dashboard.Host.Dashboards;
using Dashboard.Host.Storage;

namespace Dashboard.Host.Playlists;

/// <summary>Playlists in LiteDB; writes go through the database's single writer.</summary>
public sealed class PlaylistRepository(DashboardDatabase database)
{
    private LiteDB.ILiteCollection<StoredPlaylist> Playlists => database.Collection<StoredPlaylist>(CollectionNames.Playlists);

    public IReadOnlyList<PlaylistSummary> GetAll() =>
        Playlists.FindAll()
            .Select(stored => new PlaylistSummary(stored.Id, stored.Title, ToDocument(stored).Items?.Count ?? 0))
            .OrderBy(summary => summary.Title, StringComparer.CurrentCulture)
            .ToList();

    public PlaylistDocument? Find(string id) => Playlists.FindById(id) is { } stored ? ToDocument(stored) : null;

    /// <summary>Stores a validated playlist; true when it is new.</summary>
    public Task<bool> SaveAsync(string id, PlaylistDocument playlist, CancellationToken cancellationToken) =>
        database.WriteAsync(db => db.GetCollection<StoredPlaylist>(CollectionNames.Playlists).Upsert(new StoredPlaylist
        {
            Id = id,
            Title = playlist.Title ?? id,
            Json = DashboardJson.Serialize(playlist with { Id = id, InterruptOnCritical = playlist.InterruptOnCritical ?? false }),
        }), cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        database.WriteAsync(db => db.GetCollection<StoredPlaylist>(CollectionNames.Playlists).Delete(id), cancellationToken);

    private static PlaylistDocument ToDocument(StoredPlaylist stored) => DashboardJson.Deserialize<PlaylistDocument>(stored.Json);
}
