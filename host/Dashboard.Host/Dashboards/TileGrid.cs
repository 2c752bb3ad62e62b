namespace Dashboard.Host.Dashboards;

/// <summary>A dashboard's grid: cells 0 to columns-1 across and 0 to rows-1 down.</summary>
public sealed record TileGrid(int Columns, int Rows)
{
    public bool Fits(TileDocument tile) =>
        tile is { X: >= 0, Y: >= 0, W: >= 1, H: >= 1 }
        && tile.X + tile.W <= Columns
        && tile.Y + tile.H <= Rows;

    public static bool Overlap(TileDocument first, TileDocument second) =>
        first.X < second.X + second.W && second.X < first.X + first.W
        && first.Y < second.Y + second.H && second.Y < first.Y + first.H;
}
