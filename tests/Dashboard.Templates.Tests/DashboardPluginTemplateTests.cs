using System.Diagnostics;
using System.Text.Json;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Dashboard.Templates.Tests;

/// <summary>
/// Follows a new plugin author: packs the SDK, its test kit and the templates, installs the template from its package,
/// generates a plugin against the packed packages, builds, tests and publishes it, and has the host's loader load the
/// published folder.
/// </summary>
public sealed class DashboardPluginTemplateTests(ITestOutputHelper output) : IDisposable
{
    private readonly LocalFeed _machine = new();

    [Fact]
    public async Task DashboardPlugin_GeneratedFromPackedTemplate_BuildsTestsPublishesAndLoadsInTheHost()
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

        var published = Path.Combine(_machine.Root, "plugins", "ticket-trends");
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
    }

    public void Dispose() => _machine.Dispose();

    private void Step(string name, Stopwatch clock) => output.WriteLine($"{name} done after {clock.Elapsed.TotalSeconds:0} s");
}
