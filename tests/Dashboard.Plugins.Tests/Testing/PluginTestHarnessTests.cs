using Dashboard.Plugins.Tests.Testing.Doubles;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Tests.Testing;

public sealed class PluginTestHarnessTests
{
    [Fact]
    public void Constructor_Defaults_UsesDefaultCollectorAndStartTime()
    {
        var harness = new PluginTestHarness<ScriptedPlugin>();

        Assert.Equal("test-collector", harness.CollectorId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero), harness.Time.GetUtcNow());
        Assert.Empty(harness.Logger.Entries);
    }

    [Fact]
    public void Constructor_MalformedMetricDefinitions_ThrowsContractException()
    {
        var exception = Assert.Throws<PluginContractException>(() => new PluginTestHarness<MalformedMetricsPlugin>());

        Assert.Equal(["Metric key 'Wait-Minutes' must match ^[a-z0-9_]+$."], exception.Problems);
        Assert.StartsWith("MalformedMetricsPlugin breaks the plugin contract:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_ScheduledCollector_GetsCollectorIdSettingsFakeClockAndLogger()
    {
        var harness = new PluginTestHarness<ScriptedPlugin>("front-desk", new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        harness.Time.Advance(TimeSpan.FromMinutes(90));
        CollectContext? seen = null;
        var settings = new ScriptedSettings(context =>
        {
            seen = context;
            context.Logger.LogInformation("Counted {Visits} visits", 4);
            return [new("visits", context.Time.GetUtcNow(), 4)];
        });

        var samples = await harness.CollectAsync(settings);

        Assert.NotNull(seen);
        Assert.Equal("front-desk", seen.CollectorId);
        Assert.Same(settings, seen.Settings);
        Assert.Same(harness.Time, seen.Time);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero), Assert.Single(samples).Timestamp);
        Assert.Equal(new TestLogEntry(LogLevel.Information, "Counted 4 visits", null), Assert.Single(harness.Logger.Entries));
    }

    [Fact]
    public async Task CollectAsync_SampleBreakingTheContract_ThrowsContractExceptionNamingIt()
    {
        var harness = new PluginTestHarness<ScriptedPlugin>();
        var settings = new ScriptedSettings(context => [new("visits", context.Time.GetUtcNow(), double.NaN), new("queue", context.Time.GetUtcNow(), 1)]);

        var exception = await Assert.ThrowsAsync<PluginContractException>(() => harness.CollectAsync(settings));

        Assert.Equal(
            ["Sample 'visits' has the value NaN, which is not finite.", "Sample 'queue' refers to an undeclared metric."],
            exception.Problems);
    }

    [Fact]
    public async Task CollectAsync_PluginThatCannotCollect_ThrowsContractException()
    {
        var harness = new PluginTestHarness<MetricsOnlyPlugin>();

        var exception = await Assert.ThrowsAsync<PluginContractException>(() => harness.CollectAsync());

        Assert.Equal(["The plugin does not implement IScheduledCollector."], exception.Problems);
    }

    [Fact]
    public async Task CollectAsync_InvalidSettingsJson_ThrowsSettingsExceptionBeforeCollecting()
    {
        var harness = new PluginTestHarness<ScriptedPlugin>();

        var exception = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.CollectAsync("""{ "count": 3 }"""));

        Assert.Equal([new SettingsError("name", "Give a name.")], exception.Errors);
    }

    [Fact]
    public void BindSettings_ValidJson_ReturnsThePluginsSettingsType()
    {
        var settings = new PluginTestHarness<ScriptedPlugin>().BindSettings("""{ "name": "Lobby" }""");

        Assert.Equal("Lobby", Assert.IsType<SampleSettings>(settings).Name);
    }
}
