using System.Text.Json.Serialization;

namespace Dashboard.Host.Playlists;

/// <summary>Dashboards a screen rotates through, each for its own number of seconds; a tile turning critical can interrupt.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PlaylistDocument
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<PlaylistItem?>? Items { get; init; }

    /// <summary>When a tile of a dashboard in the list turns critical, the screen shows that dashboard until it recovers.</summary>
    public bool? InterruptOnCritical { get; init; }
}
