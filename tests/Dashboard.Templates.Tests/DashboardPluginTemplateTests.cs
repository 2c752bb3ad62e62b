using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Host.Collectors;
using Dashboard.Host.Live;
using Dashboard.Host.Plugins;
using Dashboard.Host.Testing;
using Dashboard.Sdk;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Dashboard.Templates.Tests;

/// <summary>
/// Follows a new plugin author: packs the SDK, its test kit and the templates, installs the template from its package,
/// generates a plugin against the packed packages, builds, tests and publishes it into the plugins folder of a running
/// host, which loads it without a restart, and sees its value through the snapshot API and a wall on SignalR.
/// </summary>
public sealed class DashboardPluginTemplateTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly LocalFeed _machine = new();

    [Fact]
    public async Task DashboardPlugin_GeneratedFromPackedTemplate_BuildsTestsAndPublishesIntoARunningHostThatShowsItsValue()
    {
        var clock = Stopwatch.StartNew();
        await _machine.PackAsync();
        Assert.Equal(
            [$"Dashboard.Sdk.{SdkInfo.Version}.nupkg", $"Dashboard.Sdk.Testing.{SdkInfo.Version}.nupkg", $"Dashboard.Templates.{SdkInfo.Version}.nupkg"],
            _machine.Packages);
        Step("pack", clock);

        var template = Path.Combine(_machine.Feed, $"Dashboard.Templates.{SdkInfo.Version}.nupkg");
        await DotnetCli.RunAsync(_machine.Work, "new", "install", template, "--debug:custom-hive", _machine.Hive);
        await DotnetCli.RunAsync(_machine.Work, "new", "dashboard-plugin", "--name", "TicketTrends", "--pluginName", "Ticket trends", "--debug:custom-hive", _machine.Hive);
        var solution = Path.Combine(_machine.Work, "TicketTrends");
        Step("template", clock);

        var tested = await DotnetCli.RunAsync(solution, "test");
        Assert.Contains("Passed!", tested, StringComparison.Ordinal);
        Step("build and test", clock);

        var pluginsFolder = Path.Combine(_machine.Root, "plugins");
        using var host = new DashboardHostFactory(new Dictionary<string, string?>
        {
            ["Dashboard:PluginsDirectory"] = pluginsFolder,
            ["Dashboard:PluginSettleTime"] = "00:00:01",
            ["Dashboard:PluginRescanInterval"] = "00:00:02",
            ["Dashboard:AllowAnonymousWalls"] = "true",
        });
        var address = host.StartOnKestrel();
        using var admin = host.CreateAdminClient();
        await using var wall = new HubConnectionBuilder()
            .WithUrl(new Uri(address, LiveHub.Path))
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        var received = new TaskCompletionSource<LiveFigure>(TaskCreationOptions.RunContinuationsAsynchronously);
        wall.On<FiguresUpdate>(nameof(ILiveClient.FiguresUpdated), update =>
        {
            if (update.Values.FirstOrDefault(value => value.MetricKey == "tickets.tickets_received" && !value.Dimensions.ContainsKey("category")) is { } value)
            {
                received.TrySetResult(value);
            }
        });
        await wall.StartAsync();
        Step("host started", clock);

        // Published straight into the running host's plugins folder, as an author deploys.
        var published = Path.Combine(pluginsFolder, "ticket-trends");
        await DotnetCli.RunAsync(solution, "publish", "src/TicketTrends", "--configuration", "Release", "--output", published);
        Step("publish", clock);

        // The SDK is the host's: a plugin folder with its own copy would mislead about which one runs.
        Assert.False(File.Exists(Path.Combine(published, "Dashboard.Sdk.dll")));
        Assert.True(File.Exists(Path.Combine(published, "CsvHelper.dll")));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(published, "plugin.json"))))
        {
            Assert.Equal("ticket-trends", manifest.RootElement.GetProperty("id").GetString());
            Assert.Equal(SdkInfo.Version, manifest.RootElement.GetProperty("sdkVersion").GetString());
            Assert.Equal("TicketTrends.dll", manifest.RootElement.GetProperty("entryAssembly").GetString());
        }

        var plugin = new PluginFolderLoader(NullLogger<PluginFolderLoader>.Instance).LoadFolder(published);

        Assert.True(plugin.IsActive, plugin.Reason);
        Assert.Equal("Ticket trends", plugin.Manifest!.Name);
        Assert.Equal(["tickets_received", "tickets_open"], plugin.Metrics.Select(metric => metric.Key));
        Step("load", clock);

        await WaitUntilActiveAsync(admin, "ticket-trends");
        Step("hot reload", clock);
        var tickets = Path.Combine(_machine.Work, "tickets.csv");
        var oneMinuteAgo = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        await File.WriteAllTextAsync(tickets, $"id,received,closed,category\nT-1,{oneMinuteAgo},,billing\nT-2,{oneMinuteAgo},,billing\n");
        var collector = new CollectorRequest("tickets", "Tickets", "ticket-trends", JsonSerializer.SerializeToElement(new { path = tickets }), "0 0 1 1 *", "UTC", true, null);
        Assert.True((await admin.PostAsJsonAsync("/api/collectors", collector)).IsSuccessStatusCode);

        // A collector of a plugin without dashboards of its own gets one, with the collector's id.
        await wall.InvokeAsync<Dashboard.Host.Dashboards.Snapshots.DashboardSnapshot>(nameof(LiveHub.Watch), "tickets");
        await admin.PostAsync("/api/collectors/tickets/run", null);

        // Both tickets arrived a minute ago, so both count in every window (the test does not run in the first minute of a UTC day).
        var live = await received.Task.WaitAsync(Patience);
        Assert.Equal(2, live.Value);
        var snapshot = await admin.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.Contains(snapshot!, value => value.GetProperty("metricKey").GetString() == "tickets.tickets_received"
            && value.GetProperty("dimensions").GetProperty("window").GetString() == "60m"
            && value.GetProperty("value").GetDouble() == 2);
        Step("value on the wall", clock);
    }

    // The API is the signal an author watches too; it is asked again until the plugin shows up or time runs out.
    private static async Task WaitUntilActiveAsync(HttpClient admin, string pluginId)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            var plugins = await admin.GetFromJsonAsync<JsonElement[]>("/api/plugins", deadline.Token);
            if (plugins!.Any(plugin => plugin.GetProperty("id").GetString() == pluginId && plugin.GetProperty("status").GetString() == "active"))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
        }
    }

    public void Dispose() => _machine.Dispose();

    private void Step(string name, Stopwatch clock) => output.WriteLine($"{name} done after {clock.Elapsed.TotalSeconds:0} s");
}
