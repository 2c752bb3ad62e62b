namespace Dashboard.Host.Walls;

/// <summary>The walls the host serves. For now one wall, <c>default</c>, shows every collector's overall values.</summary>
public static class WallCatalog
{
    public const string DefaultWallId = "default";

    public const string DefaultWallTitle = "Service quality";

    public static IReadOnlyList<string> WallIds { get; } = [DefaultWallId];

    public static bool Exists(string wallId) => WallIds.Contains(wallId, StringComparer.Ordinal);

    public static bool Shows(string wallId, string qualifiedMetricKey) => wallId == DefaultWallId;
}
