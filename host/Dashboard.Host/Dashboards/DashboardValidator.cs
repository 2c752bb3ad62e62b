using System.Text.RegularExpressions;

namespace Dashboard.Host.Dashboards;

/// <summary>
/// Checks a dashboard document and names every problem by its field path and the value found, e.g.
/// <c>tiles[3].w</c>: "must be between 1 and columns (12); was 20.". Tiles are checked by <see cref="TileValidator"/>.
/// </summary>
public sealed partial class DashboardValidator(CollectorSources sources)
{
    public const int MaxGridSize = 48;
    public const int MaxTiles = 200;
    public const int MaxTitleLength = 200;

    public static IReadOnlyList<string> Languages { get; } = ["en", "fi"];

    /// <param name="expectedId">The id in the URL or file name; the document's id must be it or missing.</param>
    /// <param name="requireKnownCollectors">
    /// Refuse tiles of collectors that do not exist: true for the API, false for provisioned files, which may name
    /// collectors an admin creates later (their tiles say so until then).
    /// </param>
    public ValidationErrors Validate(DashboardDocument document, string expectedId, bool requireKnownCollectors)
    {
        var errors = new ValidationErrors();
        if (!IsValidId(expectedId))
        {
            errors.Add("id", $"must be 1 to 80 lower case letters, digits and dashes, starting with a letter or digit; was '{expectedId}'.");
        }
        else if (document.Id is { } id && id != expectedId)
        {
            errors.Add("id", $"must be '{expectedId}' as in the address (or be left out); was '{id}'.");
        }

        if (string.IsNullOrWhiteSpace(document.Title) || document.Title.Length > MaxTitleLength)
        {
            errors.Add("title", $"must be 1 to {MaxTitleLength} characters; was {Shown(document.Title)}.");
        }

        if (document.Language is { } language && !Languages.Contains(language))
        {
            errors.Add("language", $"must be one of {string.Join(", ", Languages)}; was '{language}'.");
        }

        CheckGridSize("columns", document.Columns, errors);
        CheckGridSize("rows", document.Rows, errors);
        var tileList = document.Tiles ?? [];
        if (tileList.Count > MaxTiles)
        {
            errors.Add("tiles", $"must hold at most {MaxTiles} tiles; held {tileList.Count}.");
            return errors;
        }

        var grid = new TileGrid(document.Columns ?? 0, document.Rows ?? 0);
        var lookup = sources.CreateLookup();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < tileList.Count; index++)
        {
            var path = $"tiles[{index}]";
            if (tileList[index] is not { } tile)
            {
                errors.Add(path, "must be a tile object; was null.");
                continue;
            }

            if (tile.Id is { } tileId && !seenIds.TryAdd(tileId, index))
            {
                errors.Add(path + ".id", $"must be unique in the dashboard; '{tileId}' is also the id of tiles[{seenIds[tileId]}].");
            }

            TileValidator.Validate(tile, path, grid, lookup, requireKnownCollectors, errors);
        }

        CheckOverlaps(tileList, grid, errors);
        return errors;
    }

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    private static void CheckGridSize(string field, int? value, ValidationErrors errors)
    {
        if (value is not (>= 1 and <= MaxGridSize))
        {
            errors.Add(field, $"must be between 1 and {MaxGridSize}; was {Shown(value)}.");
        }
    }

    // Only tiles that fit the grid are compared, so one misplaced tile gives one problem, not one per neighbour.
    private static void CheckOverlaps(IReadOnlyList<TileDocument?> tileList, TileGrid grid, ValidationErrors errors)
    {
        var placed = tileList.Select((tile, index) => (tile, index)).Where(pair => pair.tile is not null && grid.Fits(pair.tile)).ToList();
        for (var later = 1; later < placed.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (TileGrid.Overlap(placed[earlier].tile!, placed[later].tile!))
                {
                    errors.Add($"tiles[{placed[later].index}]", $"must not overlap tiles[{placed[earlier].index}] ('{placed[earlier].tile!.Id}'); both cover a cell at x {Math.Max(placed[earlier].tile!.X!.Value, placed[later].tile!.X!.Value)}, y {Math.Max(placed[earlier].tile!.Y!.Value, placed[later].tile!.Y!.Value)}.");
                    break;
                }
            }
        }
    }

    internal static string Shown(object? value) => value switch
    {
        null => "missing",
        string text => $"'{(text.Length > 40 ? text[..40] + "…" : text)}'",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "missing",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex IdPattern();
}
