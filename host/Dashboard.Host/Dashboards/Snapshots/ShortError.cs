namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>A collector's error cut to what fits on a tile: its first line, at most <see cref="MaxLength"/> characters, ending at a word.</summary>
public static class ShortError
{
    public const int MaxLength = 90;

    public static string? Of(string? error)
    {
        if (string.IsNullOrWhiteSpace(error))
        {
            return null;
        }

        var firstLine = error.Trim().Split('\n')[0].Trim();
        if (firstLine.Length <= MaxLength)
        {
            return firstLine;
        }

        var cut = firstLine.LastIndexOf(' ', MaxLength - 1);
        return firstLine[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
