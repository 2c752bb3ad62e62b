using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Tests.Support;

/// <summary>What every built-in plugin's demo source promises; each plugin's test class derives and adds its own.</summary>
public abstract class DemoPluginTests<TPlugin> where TPlugin : IMetricPlugin, new()
{
    /// <summary>The dimension per-item samples carry, e.g. servicePoint.</summary>
    protected abstract string Dimension { get; }

    /// <summary>The dimension values the default settings produce, in order.</summary>
    protected abstract IReadOnlyList<string> DefaultDimensionValues { get; }

    /// <summary>The metrics the plugin declares, in the order a wall shows them.</summary>
    protected abstract IReadOnlyList<(string Key, string Unit, double? Target)> DeclaredMetrics { get; }

    /// <summary>Whether higher or lower is better, the same for all of the plugin's metrics.</summary>
    protected abstract MetricDirection Direction { get; }

    protected abstract Type SettingsType { get; }

    /// <summary>A metric with minute-level noise and per-second jitter, so it changes between any two collections.</summary>
    protected abstract string LivelyMetric { get; }

    /// <summary>How each metric's overall value follows from its per-dimension values.</summary>
    protected abstract IReadOnlyList<OverallRule> OverallRules { get; }

    /// <summary>The range every value of a metric stays in over a week, and whether it is a whole number.</summary>
    protected abstract IReadOnlyList<(string Metric, double Min, double Max, bool Whole)> PlausibleRanges { get; }

    /// <summary>A local time on the test Monday when the service is busy.</summary>
    protected virtual DateTimeOffset BusyTime => LocalClock.MondayAt(10, 17);

    /// <summary>Where the simulated week starts.</summary>
    protected virtual DateTimeOffset WeekStart => LocalClock.MondayAt(0);

    [Fact]
    public void Metrics_Declared_AreThePluginsMetricsWithTheirTargets()
    {
        var plugin = new TPlugin();

        Assert.Equal(DeclaredMetrics, plugin.Metrics.Select(metric => (metric.Key, metric.Unit, metric.Target)));
        Assert.All(plugin.Metrics, metric => Assert.Equal(Direction, metric.Direction));
        Assert.Equal(SettingsType, plugin.SettingsType);
    }

    [Fact]
    public void Metrics_Declared_AreWellFormedAndUnique()
    {
        var plugin = new TPlugin();

        Assert.Empty(PluginContractChecks.CheckMetricDefinitions(plugin.Metrics));
        Assert.All(plugin.Metrics, metric => Assert.Matches("^[a-z0-9_]+$", metric.Key));
        Assert.Equal(plugin.Metrics.Count, plugin.Metrics.Select(metric => metric.Key).Distinct().Count());
        Assert.All(plugin.Metrics, metric => Assert.False(string.IsNullOrWhiteSpace(metric.Description)));
    }

    [Fact]
    public async Task CollectAsync_DefaultSettings_ReturnsOverallAndPerDimensionSamplesForEveryMetric()
    {
        var harness = new PluginTestHarness<TPlugin>(startTime: BusyTime);

        var samples = await harness.CollectAsync();

        Assert.Equal(harness.Plugin.Metrics.Count * (DefaultDimensionValues.Count + 1), samples.Count);
        foreach (var metric in harness.Plugin.Metrics)
        {
            samples.Overall(metric.Key);
            Assert.Equal(DefaultDimensionValues, samples.PerDimension(metric.Key).Select(sample => sample.Dimensions![Dimension]));
        }
    }

    [Fact]
    public async Task CollectAsync_OverallValues_AggregatePerDimensionValues()
    {
        var samples = await new PluginTestHarness<TPlugin>(startTime: BusyTime).CollectAsync();

        Assert.Equal(Metrics().Select(metric => metric.Key).Order(), OverallRules.Select(rule => rule.Metric).Order());
        foreach (var rule in OverallRules)
        {
            var actual = samples.Overall(rule.Metric).Value;
            if (rule.Precision is { } precision)
            {
                Assert.Equal(rule.Expected(samples), actual, precision);
            }
            else
            {
                Assert.Equal(rule.Expected(samples), actual);
            }
        }
    }

    [Fact]
    public async Task CollectAsync_SimulatedWeekEveryFiveMinutes_ValuesStayPlausible()
    {
        var harness = new PluginTestHarness<TPlugin>(startTime: WeekStart);
        var week = new List<IReadOnlyList<MetricSample>>();
        for (var step = 0; step < 7 * 24 * 12; step++)
        {
            week.Add(await harness.CollectAsync());
            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(Metrics().Select(metric => metric.Key).Order(), PlausibleRanges.Select(range => range.Metric).Order());
        foreach (var (metric, min, max, whole) in PlausibleRanges)
        {
            var values = week.SelectMany(samples => samples).Where(sample => sample.MetricKey == metric).Select(sample => sample.Value).ToList();
            Assert.All(values, value => Assert.InRange(value, min, max));
            Assert.All(values, value => Assert.True(!whole || value == Math.Round(value), $"{metric} should be a whole number, not {value}."));
        }

        AssertPlausibleWeek(week);
    }

    [Fact]
    public async Task CollectAsync_SameCollectorAndSecond_ReturnsIdenticalSamples()
    {
        var first = await new PluginTestHarness<TPlugin>("lobby", BusyTime.AddSeconds(7)).CollectAsync();
        var second = await new PluginTestHarness<TPlugin>("lobby", BusyTime.AddSeconds(7.6)).CollectAsync();

        Assert.Equal(first, second, SampleComparer.Instance);
    }

    [Fact]
    public async Task CollectAsync_OtherCollector_ReturnsOtherValues()
    {
        var lobby = await new PluginTestHarness<TPlugin>("lobby", BusyTime).CollectAsync();
        var annex = await new PluginTestHarness<TPlugin>("annex", BusyTime).CollectAsync();

        Assert.NotEqual(lobby.Values(), annex.Values());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(300)]
    public async Task CollectAsync_LaterCollection_ChangesLivelyMetricOverallAndPerDimension(int secondsLater)
    {
        var harness = new PluginTestHarness<TPlugin>(startTime: BusyTime);
        var before = await harness.CollectAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(secondsLater));
        var after = await harness.CollectAsync();

        Assert.NotEqual(before.Overall(LivelyMetric).Value, after.Overall(LivelyMetric).Value);
        Assert.All(DefaultDimensionValues, value => Assert.NotEqual(
            before.For(LivelyMetric, Dimension, value).Value,
            after.For(LivelyMetric, Dimension, value).Value));
    }

    [Fact]
    public async Task CollectAsync_ClockWithFractionalSeconds_TimestampsEverySampleToTheSecondInUtc()
    {
        var harness = new PluginTestHarness<TPlugin>(startTime: BusyTime.AddSeconds(15.873));

        var samples = await harness.CollectAsync();

        Assert.All(samples, sample => Assert.Equal(BusyTime.AddSeconds(15), sample.Timestamp));
        Assert.All(samples, sample => Assert.Equal(TimeSpan.Zero, sample.Timestamp.Offset));
    }

    [Fact]
    public async Task CollectAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var harness = new PluginTestHarness<TPlugin>();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.CollectAsync("{}", cancellation.Token));
        Assert.Empty(harness.Logger.Entries);
    }

    [Fact]
    public async Task CollectAsync_AnyCollection_LogsOneDebugLineNamingTheDemoSource()
    {
        var harness = new PluginTestHarness<TPlugin>();

        await harness.CollectAsync();

        var entry = Assert.Single(harness.Logger.Entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Contains("Demo source", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindSettings_UnknownTimeZone_ErrorNamesTimeZone()
    {
        var error = Assert.Single(BindErrors("""{ "timeZone": "Mars/Olympus_Mons" }"""));

        Assert.Equal("timeZone", error.Setting);
        Assert.Contains("'Mars/Olympus_Mons' is not a known IANA time zone id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindSettings_UnknownProperty_ErrorNamesIt()
    {
        var error = Assert.Single(BindErrors("""{ "colour": "red" }"""));

        Assert.Equal("colour", error.Setting);
        Assert.StartsWith("Unknown setting 'colour'. Known settings of ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindSettings_SourceNotYetSupported_ErrorNamesSourceAndListsDemo()
    {
        var error = Assert.Single(BindErrors("""{ "source": "csv" }"""));

        Assert.Equal(new SettingsError("source", "The value cannot be read; expected one of: demo."), error);
    }

    /// <summary>Plugin-specific checks on the collections of the simulated week, five minutes apart.</summary>
    protected virtual void AssertPlausibleWeek(IReadOnlyList<IReadOnlyList<MetricSample>> week)
    {
    }

    protected static IReadOnlyList<SettingsError> BindErrors(string json) =>
        Assert.Throws<PluginSettingsException>(() => new PluginTestHarness<TPlugin>().BindSettings(json)).Errors;

    private static IReadOnlyList<MetricDefinition> Metrics() => new TPlugin().Metrics;
}
