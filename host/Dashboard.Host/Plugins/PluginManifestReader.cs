using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Sdk;

namespace Dashboard.Host.Plugins;

/// <summary>Reads and checks a plugin folder's <c>plugin.json</c> before any of its code is loaded.</summary>
public static partial class PluginManifestReader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static PluginManifest Read(string pluginFolder)
    {
        var path = Path.Combine(pluginFolder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            throw Malfunctioned($"{path}: no {PluginManifest.FileName}; every plugin folder needs one.");
        }

        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException exception)
        {
            throw Malfunctioned($"{path}: not valid JSON ({exception.Message})");
        }

        if (manifest is null)
        {
            throw Malfunctioned($"{path}: empty manifest.");
        }

        Check(path, manifest);
        return manifest;
    }

    /// <summary>The entry assembly's full path; refuses one that would leave the plugin's folder.</summary>
    public static string EntryAssemblyPath(string pluginFolder, PluginManifest manifest)
    {
        var folder = Path.GetFullPath(pluginFolder) + Path.DirectorySeparatorChar;
        var entry = Path.GetFullPath(Path.Combine(folder, manifest.EntryAssembly));
        if (!entry.StartsWith(folder, StringComparison.Ordinal))
        {
            throw Malfunctioned($"{Path.Combine(pluginFolder, PluginManifest.FileName)}: entryAssembly '{manifest.EntryAssembly}' points outside the plugin folder.");
        }

        if (!File.Exists(entry))
        {
            throw Malfunctioned($"{Path.Combine(pluginFolder, PluginManifest.FileName)}: entryAssembly '{manifest.EntryAssembly}' does not exist in the plugin folder.");
        }

        return entry;
    }

    private static void Check(string path, PluginManifest manifest)
    {
        var missing = new[]
            {
                ("id", manifest.Id), ("name", manifest.Name), ("version", manifest.Version),
                ("sdkVersion", manifest.SdkVersion), ("entryAssembly", manifest.EntryAssembly),
            }
            .Where(field => string.IsNullOrWhiteSpace(field.Item2))
            .Select(field => field.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw Malfunctioned($"{path}: missing {string.Join(", ", missing)}.");
        }

        if (!PluginIdPattern().IsMatch(manifest.Id))
        {
            throw Malfunctioned($"{path}: id '{manifest.Id}' must be lower case letters, digits and dashes.");
        }

        if (!Version.TryParse(manifest.SdkVersion, out var sdkVersion))
        {
            throw Malfunctioned($"{path}: sdkVersion '{manifest.SdkVersion}' is not a version number.");
        }

        if (sdkVersion.Major != SdkInfo.Major)
        {
            throw new PluginLoadException(
                PluginStatus.NotSupported,
                $"{path}: built against SDK {manifest.SdkVersion}, but this host offers SDK {SdkInfo.Version}; rebuild the plugin against SDK {SdkInfo.Major}.x.");
        }

        if (sdkVersion.Minor > SdkInfo.Minor)
        {
            throw new PluginLoadException(
                PluginStatus.NotSupported,
                $"{path}: built against SDK {manifest.SdkVersion}, so it needs SDK {sdkVersion.Major}.{sdkVersion.Minor} or later; this host offers SDK {SdkInfo.Version}. Update the host, or rebuild the plugin against SDK {SdkInfo.Version}.");
        }
    }

    private static PluginLoadException Malfunctioned(string message) => new(PluginStatus.Malfunctioned, message);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex PluginIdPattern();
}
