using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;

namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>
/// The default dashboards a plugin ships as <c>dashboards/*.json</c> in its folder, bound to one collector:
/// <c>$collectorName</c> and <c>$collector</c> in the file become the collector's name and id, the dashboard's id is
/// <c>&lt;collector id&gt;-&lt;file name&gt;</c>, and a tile window the collector does not keep falls back to its first.
/// </summary>
public sealed class PluginDashboardTemplates(ILogger<PluginDashboardTemplates> logger)
{
    public const string FolderName = "dashboards";
    public const string CollectorPlaceholder = "$collector";
    public const string CollectorNamePlaceholder = "$collectorName";

    public IReadOnlyList<(string Id, DashboardDocument Document)> BindTo(LoadedPlugin plugin, Collector collector)
    {
        var folder = Path.Combine(plugin.Folder, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var bound = new List<(string, DashboardDocument)>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file)
                .Replace(CollectorNamePlaceholder, Escaped(collector.Name), StringComparison.Ordinal)
                .Replace(CollectorPlaceholder, Escaped(collector.Id), StringComparison.Ordinal);
            try
            {
                var document = DashboardJson.Deserialize<DashboardDocument>(text);
                var id = $"{collector.Id}-{Path.GetFileNameWithoutExtension(file)}";
                bound.Add((id, document with { Id = id, Tiles = document.Tiles?.Select(tile => KeptWindow(tile, collector)).ToList() }));
            }
            catch (JsonException exception)
            {
                logger.LogWarning("Plugin {PluginId}'s default dashboard {File} cannot be read at line {Line}, {Path}: {Message}", plugin.Id, file, exception.LineNumber + 1, exception.Path, exception.Message);
            }
        }

        return bound;
    }

    private static TileDocument? KeptWindow(TileDocument? tile, Collector collector) =>
        tile?.Window is { } window && !collector.Windows.Contains(window) ? tile with { Window = null } : tile;

    // The placeholders stand inside JSON strings, so what replaces them is escaped as JSON string content.
    private static string Escaped(string value) => JsonEncodedText.Encode(value).ToString();
}
