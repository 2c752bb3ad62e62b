using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Host.Plugins;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Plugins;

/// <summary>Hot reload through the running host: plugin folders added, replaced, broken and removed while it runs.</summary>
public sealed class PluginCatalogTests : IAsyncLifetime
{
    private const string PluginId = "fixture-records";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The version the fixture was built with, as its generated plugin.json says.</summary>
    private static readonly string BuiltVersion =
        JsonNode.Parse(File.ReadAllText(Path.Combine(PluginFolders.FixturePlugins, PluginId, PluginManifest.FileName)))!["version"]!.GetValue<string>();
    private readonly TempFolder _input = new();
    private LiveHost _live = null!;
    private HttpClient _admin = null!;

    private string PluginFolder => Path.Combine(_live.Host.PluginsDirectory, PluginId);

    private string EventsFile => _input.File("events.ndjson");

    private PluginCatalog Catalog => _live.Host.Factory.Services.GetRequiredService<PluginCatalog>();

    public async Task InitializeAsync()
    {
        _live = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Dashboard:PluginSettleTime"] = "00:00:00.300",
            ["Dashboard:PluginRescanInterval"] = "00:00:01",
        });
        _admin = _live.Host.Factory.CreateAdminClient();
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllTextAsync(EventsFile, $$"""{"id":"a","at":"{{at}}","start":"{{at}}","value":1}""" + "\n");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _live.DisposeAsync();
        _input.Dispose();
    }

    [Fact]
    public async Task Rescan_PluginFolderAddedToARunningHost_LoadsItAndItsCollectorsValueReachesSnapshotAndWall()
    {
        await _live.Wall.JoinAsync();
        Assert.Empty(await PluginsAsync());

        PluginFolders.CopyInto(_live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded");
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("added", PluginId, new { file = EventsFile }));
        await _admin.PostAsync("/api/collectors/added/run", null);

        // One event started 5 minutes ago: it counts in every window.
        var live = await _live.Wall.NextValueAsync("added.count", Patience);
        Assert.Equal(1, live.Value);
        var plugin = Assert.Single(await PluginsAsync());
        Assert.Equal("active", plugin.GetProperty("status").GetString());
        var snapshot = await _admin.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.Contains(snapshot!, value => value.GetProperty("collectorId").GetString() == "added" && value.GetProperty("metricKey").GetString() == "added.count" && value.GetProperty("value").GetDouble() == 1);
    }

    [Fact]
    public async Task Rescan_NewVersionDuringARun_RunFinishesOnTheOldCodeAndTheNextRunUsesTheNew()
    {
        await StartWithPluginAsync();
        var old = Catalog.Find(PluginId)!.Code!;
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("replaced", PluginId, new { file = EventsFile, blockSeconds = 3, reportLocation = true }));

        await _admin.PostAsync("/api/collectors/replaced/run", null);
        await WaitForLogAsync($"Loaded from {old.CopyFolder}");
        await SetManifestAsync(manifest => manifest["version"] = "99.0.1");
        await WaitForLogAsync($"Plugin {PluginId} 99.0.1 loaded");
        Assert.False(old.IsUnloaded, "The run in progress still holds the old version.");
        await WaitForRunsRecordedAsync(1);

        var first = await LastRunAsync("replaced");
        Assert.True(first.GetProperty("succeeded").GetBoolean(), first.ToString());
        Assert.Contains($"Loaded from {old.CopyFolder}", first.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()));
        Assert.True(old.IsUnloaded, "The old version unloads when its last run ends.");

        var current = Catalog.Find(PluginId)!.Code!;
        await _admin.PostAsync("/api/collectors/replaced/run", null);
        await WaitForRunsRecordedAsync(2);
        var second = await LastRunAsync("replaced");
        Assert.Contains($"Loaded from {current.CopyFolder}", second.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()));
        Assert.NotEqual(old.CopyFolder, current.CopyFolder);
    }

    [Fact]
    public async Task Rescan_BrokenNewVersion_KeepsTheOldVersionRunningAndShowsWhy()
    {
        await StartWithPluginAsync();
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("kept", PluginId, new { file = EventsFile }));

        await SetManifestAsync(manifest =>
        {
            manifest["version"] = "99.0.0";
            manifest["entryAssembly"] = "Missing.dll";
        });
        await WaitForLogAsync($"could not be loaded, so version {BuiltVersion} keeps running");

        var plugin = Assert.Single(await PluginsAsync());
        Assert.Equal("active", plugin.GetProperty("status").GetString());
        Assert.Equal(BuiltVersion, plugin.GetProperty("version").GetString());
        Assert.StartsWith($"The new version (99.0.0) could not be loaded, so version {BuiltVersion} keeps running: ", plugin.GetProperty("reason").GetString());
        Assert.Contains("Missing.dll", plugin.GetProperty("reason").GetString());
        await _admin.PostAsync("/api/collectors/kept/run", null);
        await WaitForRunsRecordedAsync(1);
        Assert.True((await LastRunAsync("kept")).GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task Rescan_PluginFolderRemovedThenBack_CollectorSaysRemovedThenRunsAgain()
    {
        await StartWithPluginAsync();
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("orphan", PluginId, new { file = EventsFile }));

        Directory.Delete(PluginFolder, recursive: true);
        await WaitForLogAsync($"Plugin {PluginId} was removed");
        var plugin = Assert.Single(await PluginsAsync());
        Assert.Equal("removed", plugin.GetProperty("status").GetString());
        await _admin.PostAsync("/api/collectors/orphan/run", null);
        await WaitForRunsRecordedAsync(1);
        var collector = await _admin.GetFromJsonAsync<JsonElement>("/api/collectors/orphan");
        Assert.Equal("pluginRemoved", collector.GetProperty("state").GetString());
        Assert.Contains("was removed", collector.GetProperty("lastRun").GetProperty("error").GetString());

        PluginFolders.CopyInto(_live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded", occurrence: 2);
        await _admin.PostAsync("/api/collectors/orphan/run", null);
        await WaitForRunsRecordedAsync(2);
        Assert.Equal("ok", (await _admin.GetFromJsonAsync<JsonElement>("/api/collectors/orphan")).GetProperty("state").GetString());
    }

    private async Task StartWithPluginAsync()
    {
        PluginFolders.CopyInto(_live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded");
    }

    private async Task SetManifestAsync(Action<JsonObject> change)
    {
        var path = Path.Combine(PluginFolder, PluginManifest.FileName);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        change(manifest);
        await File.WriteAllTextAsync(path, manifest.ToJsonString());
    }

    private async Task<JsonElement[]> PluginsAsync() => (await _admin.GetFromJsonAsync<JsonElement[]>("/api/plugins"))!;

    private async Task<JsonElement> LastRunAsync(string collectorId) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/collectors/{collectorId}")).GetProperty("lastRun");

    private Task WaitForLogAsync(string text, int occurrence = 1) =>
        _live.Host.Logs.WaitForAsync(_ => _live.Host.Logs.Entries.Count(entry => entry.Message.Contains(text, StringComparison.Ordinal)) >= occurrence, Patience);

    private Task WaitForRunsRecordedAsync(int count) => WaitForLogAsync(" run recorded: ", count);
}
