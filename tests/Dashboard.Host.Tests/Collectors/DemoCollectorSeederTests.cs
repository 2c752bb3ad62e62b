using Dashboard.Host.Collectors;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Collectors;

public sealed class DemoCollectorSeederTests : IDisposable
{
    // What the demo collector of the previous version stored: settings of the generated-values demo.
    private const string OutdatedSettings = """{"source":"demo","timeZone":"Europe/Helsinki","servicePoints":["City hall","Library"],"opensAtHour":8,"closesAtHour":17}""";

    private readonly HostWithPlugins _host = new(new Dictionary<string, string?> { ["Dashboard:SeedDemoCollectors"] = "false" }, "queue-times");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SeedAsync_DemoCollectorWithSettingsOfAnOlderVersion_GetsThePluginDefaultsAndAdminCollectorsStayAsTheyAre()
    {
        var collectors = _host.Factory.Services.GetRequiredService<CollectorRepository>();
        await collectors.TryInsertAsync(Outdated("demo-queues"));
        await collectors.TryInsertAsync(Outdated("own-queues"));

        await _host.Factory.Services.GetRequiredService<DemoCollectorSeeder>().SeedAsync(CancellationToken.None);

        var demo = collectors.Find("demo-queues")!;
        Assert.DoesNotContain("timeZone", demo.SettingsJson, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"demo\"", demo.SettingsJson, StringComparison.Ordinal);
        Assert.Equal("Europe/Helsinki", demo.TimeZone);
        Assert.Equal((OutdatedSettings, "UTC"), (collectors.Find("own-queues")!.SettingsJson, collectors.Find("own-queues")!.TimeZone));
    }

    private static Collector Outdated(string id) => new()
    {
        Id = id,
        Name = id,
        PluginId = "queue-times",
        SettingsJson = OutdatedSettings,
        Cron = "0 0 1 1 *",
        TimeZone = "UTC",
    };
}
