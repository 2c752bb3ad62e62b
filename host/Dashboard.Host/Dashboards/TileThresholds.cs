using System.Text.Json.Serialization;

namespace Dashboard.Host.Dashboards;

/// <summary>Where a tile's value turns to warning and to critical, read in the tile's direction.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TileThresholds(double? Warning, double? Critical);
