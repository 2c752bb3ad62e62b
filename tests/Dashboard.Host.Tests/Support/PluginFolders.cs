namespace Dashboard.Host.Tests.Support;

/// <summary>Builds plugin folders for tests from the real plugins and the fixture plugins copied beside the test binaries.</summary>
public static class PluginFolders
{
    public static string BuiltPlugins => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static string FixturePlugins => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>Copies the named plugins (folder names under plugins/ or fixture-plugins/) into <paramref name="target"/>.</summary>
    public static void CopyInto(string target, params string[] pluginIds)
    {
        foreach (var id in pluginIds)
        {
            var source = Directory.Exists(Path.Combine(FixturePlugins, id)) ? Path.Combine(FixturePlugins, id) : Path.Combine(BuiltPlugins, id);
            CopyDirectory(source, Path.Combine(target, id));
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
