using System.Text.Json.Serialization;

namespace Dashboard.Host.Playlists;

/// <summary>One dashboard in a playlist and how long it stays on screen.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PlaylistItem(string? DashboardId, int? Seconds);
