using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Host.Configuration;
using Dashboard.Host.Plugins;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Tests.Plugins;

/// <summary>
/// The catalog on a plugins folder, and hot reload through the running host: plugin folders added, replaced, broken
/// and removed while it runs.
/// </summary>
public sealed class PluginCatalogTests : IAsyncLifetime
{
    private const string PluginId = "fixture-records";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The version the fixture was built with, as its generated plugin.json says.</summary>
    private static readonly string BuiltVersion =
        JsonNode.Parse(File.ReadAllText(Path.Combine(PluginFolders.FixturePlugins, PluginId, PluginManifest.FileName)))!["version"]!.GetValue<string>();
    private readonly TempFolder _input = new();
    private LiveHost? _startedHost;

    private LiveHost Live => _startedHost ?? throw new InvalidOperationException("Call StartHost first.");

    private string PluginFolder => Path.Combine(Live.Host.PluginsDirectory, PluginId);

    private string EventsFile => _input.File("events.ndjson");

    private HttpClient Admin => Live.Client;

    private PluginCatalog Catalog => Live.Host.Factory.Services.GetRequiredService<PluginCatalog>();

    public async Task InitializeAsync()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllTextAsync(EventsFile, $$"""{"id":"a","at":"{{at}}","start":"{{at}}","value":1}""" + "\n");
    }

    public async Task DisposeAsync()
    {
        if (_startedHost is not null)
        {
            await _startedHost.DisposeAsync();
        }

        _input.Dispose();
    }

    [Fact]
    public void All_BrokenPluginsBesideGoodOnes_ReportsEachBrokenOneAndLoadsTheRest()
    {
        var plugins = _input.File("plugins");
        PluginFolders.CopyInto(plugins, "fixture-good", "fixture-throwing", "fixture-missing-dependency", "fixture-future-sdk", "queue-times");
        File.Delete(Path.Combine(plugins, "fixture-missing-dependency", "Fixture.DependencyLibrary.dll"));

        var loaded = CatalogOn(plugins).All.ToDictionary(plugin => plugin.Id);

        Assert.Equal(PluginStatus.Active, loaded["fixture-good"].Status);
        Assert.Equal(PluginStatus.Active, loaded["queue-times"].Status);
        Assert.Equal("value", Assert.Single(loaded["fixture-good"].Metrics).Key);

        Assert.Equal(PluginStatus.Malfunctioned, loaded["fixture-throwing"].Status);
        Assert.Contains("The fixture refuses to start.", loaded["fixture-throwing"].Reason);

        Assert.Equal(PluginStatus.Malfunctioned, loaded["fixture-missing-dependency"].Status);
        Assert.Contains($"{Path.Combine(plugins, "fixture-missing-dependency")}: missing dependency Fixture.DependencyLibrary", loaded["fixture-missing-dependency"].Reason);

        Assert.Equal(PluginStatus.NotSupported, loaded["fixture-future-sdk"].Status);
        Assert.Contains("built against SDK 2.0.0", loaded["fixture-future-sdk"].Reason);
        Assert.All(loaded.Values.Where(plugin => !plugin.IsActive), plugin => Assert.Null(plugin.Instance));
    }

    [Fact]
    public void All_TwoFoldersWithOneId_KeepsTheFirstAndReportsTheSecond()
    {
        var plugins = _input.File("plugins");
        PluginFolders.CopyInto(plugins, "fixture-good");
        PluginFolders.CopyInto(_input.File("copy"), "fixture-good");
        Directory.Move(Path.Combine(_input.File("copy"), "fixture-good"), Path.Combine(plugins, "z-fixture-good"));

        var loaded = CatalogOn(plugins).All;

        Assert.Single(loaded, plugin => plugin.IsActive);
        Assert.Contains(loaded, plugin => plugin.Reason?.Contains("already used by another folder") == true);
    }

    [Fact]
    public void All_MissingPluginsFolder_ReturnsNothing()
    {
        Assert.Empty(CatalogOn(_input.File("absent")).All);
    }

    [Fact]
    public async Task Rescan_PluginFolderAddedToARunningHost_LoadsItAndItsCollectorsValueReachesSnapshotAndWall()
    {
        StartHost();
        Assert.Empty(await PluginsAsync());

        PluginFolders.CopyInto(Live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded");
        await HostWithPlugins.CreateAsync(Admin, HostWithPlugins.Collector("added", PluginId, new { file = EventsFile }));
        var screen = await Live.WatchAsync("added");
        await Admin.PostAsync("/api/collectors/added/run", null);

        // One event started 5 minutes ago: it counts in every window.
        var live = await screen.NextValueAsync("added.count", Patience);
        Assert.Equal(1, live.Value);
        var plugin = Assert.Single(await PluginsAsync());
        Assert.Equal("active", plugin.GetProperty("status").GetString());
        var snapshot = await Admin.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.Contains(snapshot!, value => value.GetProperty("collectorId").GetString() == "added" && value.GetProperty("metricKey").GetString() == "added.count" && value.GetProperty("value").GetDouble() == 1);
    }

    [Fact]
    public async Task Rescan_NewVersionDuringARun_RunFinishesOnTheOldCodeAndTheNextRunUsesTheNew()
    {
        await StartWithPluginAsync();
        var old = Catalog.Find(PluginId)!.Code!;
        await HostWithPlugins.CreateAsync(Admin, HostWithPlugins.Collector("replaced", PluginId, new { file = EventsFile, blockSeconds = 3, reportLocation = true }));

        await Admin.PostAsync("/api/collectors/replaced/run", null);
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
        await Admin.PostAsync("/api/collectors/replaced/run", null);
        await WaitForRunsRecordedAsync(2);
        var second = await LastRunAsync("replaced");
        Assert.Contains($"Loaded from {current.CopyFolder}", second.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()));
        Assert.NotEqual(old.CopyFolder, current.CopyFolder);
    }

    [Fact]
    public async Task Rescan_BrokenNewVersion_KeepsTheOldVersionRunningAndShowsWhy()
    {
        await StartWithPluginAsync();
        await HostWithPlugins.CreateAsync(Admin, HostWithPlugins.Collector("kept", PluginId, new { file = EventsFile }));

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
        await Admin.PostAsync("/api/collectors/kept/run", null);
        await WaitForRunsRecordedAsync(1);
        Assert.True((await LastRunAsync("kept")).GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task Rescan_PluginFolderRemovedThenBack_CollectorSaysRemovedThenRunsAgain()
    {
        await StartWithPluginAsync();
        await HostWithPlugins.CreateAsync(Admin, HostWithPlugins.Collector("orphan", PluginId, new { file = EventsFile }));

        Directory.Delete(PluginFolder, recursive: true);
        await WaitForLogAsync($"Plugin {PluginId} was removed");
        var plugin = Assert.Single(await PluginsAsync());
        Assert.Equal("removed", plugin.GetProperty("status").GetString());
        await Admin.PostAsync("/api/collectors/orphan/run", null);
        await WaitForRunsRecordedAsync(1);
        var collector = await Admin.GetFromJsonAsync<JsonElement>("/api/collectors/orphan");
        Assert.Equal("pluginRemoved", collector.GetProperty("state").GetString());
        Assert.Contains("was removed", collector.GetProperty("lastRun").GetProperty("error").GetString());

        PluginFolders.CopyInto(Live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded", occurrence: 2);
        await Admin.PostAsync("/api/collectors/orphan/run", null);
        await WaitForRunsRecordedAsync(2);
        Assert.Equal("ok", (await Admin.GetFromJsonAsync<JsonElement>("/api/collectors/orphan")).GetProperty("state").GetString());
    }

    private PluginCatalog CatalogOn(string pluginsDirectory)
    {
        var options = Options.Create(new DashboardOptions { DataDirectory = _input.File("data"), PluginsDirectory = pluginsDirectory });
        var paths = new DashboardPaths(options, new HostingEnvironment { ContentRootPath = _input.Path });
        return new PluginCatalog(new PluginFolderLoader(NullLogger<PluginFolderLoader>.Instance), paths, NullLogger<PluginCatalog>.Instance);
    }

    private void StartHost()
    {
        _startedHost = LiveHost.Start(new Dictionary<string, string?>
        {
            ["Dashboard:PluginSettleTime"] = "00:00:00.300",
            ["Dashboard:PluginRescanInterval"] = "00:00:01",
        });
    }

    private async Task StartWithPluginAsync()
    {
        StartHost();
        PluginFolders.CopyInto(Live.Host.PluginsDirectory, PluginId);
        await WaitForLogAsync($"Plugin {PluginId} {BuiltVersion} loaded");
    }

    private async Task SetManifestAsync(Action<JsonObject> change)
    {
        var path = Path.Combine(PluginFolder, PluginManifest.FileName);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        change(manifest);
        await File.WriteAllTextAsync(path, manifest.ToJsonString());
    }

    private async Task<JsonElement[]> PluginsAsync() => (await Admin.GetFromJsonAsync<JsonElement[]>("/api/plugins"))!;

    private async Task<JsonElement> LastRunAsync(string collectorId) =>
        (await Admin.GetFromJsonAsync<JsonElement>($"/api/collectors/{collectorId}")).GetProperty("lastRun");

    private Task WaitForLogAsync(string text, int occurrence = 1) =>
        Live.Host.Logs.WaitForAsync(_ => Live.Host.Logs.Entries.Count(entry => entry.Message.Contains(text, StringComparison.Ordinal)) >= occurrence, Patience);

    private Task WaitForRunsRecordedAsync(int count) => WaitForLogAsync(" run recorded: ", count);
}
