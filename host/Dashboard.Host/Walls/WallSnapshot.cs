namespace Dashboard.Host.Walls;

/// <summary>Everything a wall needs to draw itself: its tiles with last values and recent history.</summary>
public sealed record WallSnapshot(WallInfo Wall, DateTimeOffset ServerTime, IReadOnlyList<TileSnapshot> Tiles);
