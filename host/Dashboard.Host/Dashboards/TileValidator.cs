using System.Text.RegularExpressions;
using Dashboard.Host.Figures;
using static Dashboard.Host.Dashboards.DashboardValidator;

namespace Dashboard.Host.Dashboards;

/// <summary>Checks one tile: its place on the grid, its widget and, for a data widget, what it shows.</summary>
public static partial class TileValidator
{
    public const int MaxLimit = 50;
    public const int MaxTextLength = 2_000;
    public const int MaxUnitLength = 20;

    public static void Validate(TileDocument tile, string path, TileGrid grid, Func<string, CollectorSource?> lookup, bool requireKnownCollectors, ValidationErrors errors)
    {
        if (tile.Id is null || !TileIdPattern().IsMatch(tile.Id))
        {
            errors.Add(path + ".id", $"must be 1 to 40 letters, digits, dashes or underscores; was {Shown(tile.Id)}.");
        }

        CheckPlace(tile, path, grid, errors);
        if (tile.Title is { Length: > MaxTitleLength })
        {
            errors.Add(path + ".title", $"must be at most {MaxTitleLength} characters; was {tile.Title.Length}.");
        }

        if (tile.Widget is null || !Widgets.All.Contains(tile.Widget))
        {
            errors.Add(path + ".widget", $"must be one of {string.Join(", ", Widgets.All)}; was {Shown(tile.Widget)}.");
            return;
        }

        if (Widgets.ShowsData(tile.Widget))
        {
            TileDataValidator.Validate(tile, path, lookup, requireKnownCollectors, errors);
        }
        else
        {
            CheckNoData(tile, path, errors);
        }
    }

    private static void CheckPlace(TileDocument tile, string path, TileGrid grid, ValidationErrors errors)
    {
        CheckAxis(path, "x", "w", "columns", tile.X, tile.W, grid.Columns, errors);
        CheckAxis(path, "y", "h", "rows", tile.Y, tile.H, grid.Rows, errors);
    }

    private static void CheckAxis(string path, string start, string size, string gridName, int? startValue, int? sizeValue, int gridSize, ValidationErrors errors)
    {
        if (startValue is not { } first || first < 0 || first >= Math.Max(gridSize, 1))
        {
            errors.Add($"{path}.{start}", $"must be between 0 and {gridName} - 1 ({gridSize - 1}); was {Shown(startValue)}.");
        }

        if (sizeValue is not { } length || length < 1 || length > Math.Max(gridSize, 1))
        {
            errors.Add($"{path}.{size}", $"must be between 1 and {gridName} ({gridSize}); was {Shown(sizeValue)}.");
        }
        else if (startValue is >= 0 && startValue + length > gridSize)
        {
            errors.Add($"{path}.{size}", $"must end inside the grid: {start} + {size} must be at most {gridName} ({gridSize}); was {startValue} + {length} = {startValue + length}.");
        }
    }

    private static void CheckNoData(TileDocument tile, string path, ValidationErrors errors)
    {
        if (tile.CollectorId is not null || tile.Metric is not null)
        {
            errors.Add(path + (tile.Metric is null ? ".collectorId" : ".metric"), $"must be left out: a {tile.Widget} tile shows no metric.");
        }

        if (tile.Widget == Widgets.Text && (string.IsNullOrWhiteSpace(tile.Text) || tile.Text.Length > MaxTextLength))
        {
            errors.Add(path + ".text", $"must be 1 to {MaxTextLength} characters for a text tile; was {Shown(tile.Text)}.");
        }
    }

    internal static void CheckWindowSyntax(string? window, string path, ValidationErrors errors)
    {
        if (window is not null && WindowSpec.TryParse(window, out var problem) is null)
        {
            errors.Add(path + ".window", $"must be a window such as 'today', '60m' or '7d': {problem}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex TileIdPattern();
}
