using Dashboard.Host.Plugins;
using Dashboard.Host.Tests.Support;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Host.Tests.Plugins;

public sealed class PluginFolderLoaderTests : IDisposable
{
    private readonly TempFolder _plugins = new();
    private readonly PluginFolderLoader _loader = new(NullLogger<PluginFolderLoader>.Instance);

    public void Dispose() => _plugins.Dispose();

    [Fact]
    public void LoadFolder_DependencyPresent_IsActive()
    {
        PluginFolders.CopyInto(_plugins.Path, "fixture-missing-dependency");

        var plugin = _loader.LoadFolder(Path.Combine(_plugins.Path, "fixture-missing-dependency"));

        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.Equal("Fixture dependency", Assert.Single(plugin.Metrics).Title);
    }

    [Fact]
    public void LoadFolder_NoManifest_NamesTheMissingFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_plugins.Path, "empty")).FullName;

        var plugin = _loader.LoadFolder(folder);

        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("plugin.json", plugin.Reason);
        Assert.Equal("empty", plugin.Id);
    }

    [Fact]
    public void LoadFolder_MalformedManifest_SaysItIsNotJson()
    {
        PluginFolders.CopyInto(_plugins.Path, "fixture-good");
        File.WriteAllText(Path.Combine(_plugins.Path, "fixture-good", "plugin.json"), "{ \"id\": \"fixture-good\", ");

        var plugin = _loader.LoadFolder(Path.Combine(_plugins.Path, "fixture-good"));

        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("not valid JSON", plugin.Reason);
    }

    [Fact]
    public void LoadFolder_EntryAssemblyOutsideFolder_IsRefused()
    {
        PluginFolders.CopyInto(_plugins.Path, "fixture-good", "queue-times");
        RewriteManifest("fixture-good", "\"Fixture.GoodPlugin.dll\"", "\"../queue-times/Dashboard.Plugins.QueueTimes.dll\"");

        var plugin = _loader.LoadFolder(Path.Combine(_plugins.Path, "fixture-good"));

        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("points outside the plugin folder", plugin.Reason);
    }

    [Fact]
    public void LoadFolder_ManifestNeedsNewerSdkMinor_IsNotSupportedAndNamesTheVersionNeeded()
    {
        PluginFolders.CopyInto(_plugins.Path, "fixture-good");
        RewriteManifest("fixture-good", $"\"sdkVersion\": \"{SdkInfo.Version}\"", $"\"sdkVersion\": \"{SdkInfo.Major}.{SdkInfo.Minor + 1}.0\"");

        var plugin = _loader.LoadFolder(Path.Combine(_plugins.Path, "fixture-good"));

        Assert.Equal(PluginStatus.NotSupported, plugin.Status);
        Assert.Contains($"needs SDK {SdkInfo.Major}.{SdkInfo.Minor + 1} or later", plugin.Reason);
        Assert.Null(plugin.Instance);
    }

    [Fact]
    public void LoadFolder_ManifestDisagreesWithCompiledSdk_SaysSoInsteadOfMissingDependency()
    {
        PluginFolders.CopyInto(_plugins.Path, "fixture-good");
        RewriteManifest("fixture-good", $"\"sdkVersion\": \"{SdkInfo.Version}\"", $"\"sdkVersion\": \"{SdkInfo.Major}.0.0\"");

        var plugin = _loader.LoadFolder(Path.Combine(_plugins.Path, "fixture-good"));

        // The assembly was compiled against this host's SDK, so a manifest saying 1.0 disagrees with it.
        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains($"compiled against Dashboard.Sdk {SdkInfo.Version}, but plugin.json declares sdkVersion {SdkInfo.Major}.0.0", plugin.Reason);
        Assert.DoesNotContain("missing dependency", plugin.Reason);
    }

    private void RewriteManifest(string pluginId, string oldText, string newText)
    {
        var path = Path.Combine(_plugins.Path, pluginId, "plugin.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace(oldText, newText, StringComparison.Ordinal));
    }
}
