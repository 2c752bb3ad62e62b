namespace Dashboard.Host.Plugins;

/// <summary>The <c>plugin.json</c> beside a plugin's assembly.</summary>
public sealed record PluginManifest(
    string Id,
    string Name,
    string Version,
    string SdkVersion,
    string EntryAssembly,
    string? Description)
{
    public const string FileName = "plugin.json";
}
