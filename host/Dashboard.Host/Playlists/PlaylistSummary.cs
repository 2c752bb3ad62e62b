namespace Dashboard.Host.Playlists;

public sealed record PlaylistSummary(string Id, string Title, int ItemCount);
