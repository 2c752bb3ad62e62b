using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesPluginTests
{
    private static readonly string[] DefaultServicePoints = ["City hall", "Library", "Phone line"];

    [Fact]
    public void Metrics_Declared_AreWellFormedWithExpectedKeysAndTargets()
    {
        var plugin = new QueueTimesPlugin();

        Assert.Empty(PluginContractChecks.CheckMetricDefinitions(plugin.Metrics));
        Assert.Equal(["wait_minutes", "queue_length", "longest_wait_minutes"], plugin.Metrics.Select(metric => metric.Key));
        Assert.All(plugin.Metrics, metric => Assert.Equal(MetricDirection.LowerIsBetter, metric.Direction));
        Assert.Equal(15, plugin.Metrics.Single(metric => metric.Key == QueueMetrics.WaitMinutes).Target);
        Assert.Equal(10, plugin.Metrics.Single(metric => metric.Key == QueueMetrics.QueueLength).Target);
        Assert.Equal(typeof(QueueTimesSettings), plugin.SettingsType);
    }

    [Fact]
    public async Task CollectAsync_DefaultSettings_ReturnsOverallAndPerServicePointSamplesForEveryMetric()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10));

        var samples = await harness.CollectAsync();

        Assert.Equal(12, samples.Count);
        foreach (var metric in harness.Plugin.Metrics)
        {
            samples.Overall(metric.Key);
            var perPoint = samples.PerDimension(metric.Key);
            Assert.Equal(DefaultServicePoints, perPoint.Select(sample => sample.Dimensions![QueueMetrics.ServicePointDimension]));
        }
    }

    [Fact]
    public async Task CollectAsync_OverallValues_AggregatePerServicePointValues()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10, 20));

        var samples = await harness.CollectAsync();

        var queues = samples.PerDimension(QueueMetrics.QueueLength);
        var waits = samples.PerDimension(QueueMetrics.WaitMinutes);
        Assert.Equal(queues.Sum(sample => sample.Value), samples.Overall(QueueMetrics.QueueLength).Value);
        Assert.Equal(samples.PerDimension(QueueMetrics.LongestWaitMinutes).Max(sample => sample.Value), samples.Overall(QueueMetrics.LongestWaitMinutes).Value);
        var weighted = queues.Zip(waits, (queue, wait) => queue.Value * wait.Value).Sum() / queues.Sum(sample => sample.Value);
        Assert.Equal(Math.Round(weighted, 2), samples.Overall(QueueMetrics.WaitMinutes).Value, precision: 6);
    }

    [Fact]
    public async Task CollectAsync_MorningRushAndNight_RushQueuesAreLongAndNightQueuesEmpty()
    {
        var rush = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10)).CollectAsync();
        var afternoon = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(15, 30)).CollectAsync();
        var night = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(2)).CollectAsync();

        Assert.True(rush.Overall(QueueMetrics.QueueLength).Value > afternoon.Overall(QueueMetrics.QueueLength).Value);
        Assert.True(rush.Overall(QueueMetrics.QueueLength).Value > QueueMetrics.All[1].Target);
        Assert.All(night, sample => Assert.Equal(0, sample.Value));
    }

    [Fact]
    public async Task CollectAsync_TimeZoneSetting_DecidesLocalOpeningHours()
    {
        // 10:00 in Helsinki is 03:00 in New York: the same instant is rush hour in one zone and night in the other.
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10));

        var helsinki = await harness.CollectAsync("""{ "timeZone": "Europe/Helsinki" }""");
        var newYork = await harness.CollectAsync("""{ "timeZone": "America/New_York" }""");

        Assert.True(helsinki.Overall(QueueMetrics.QueueLength).Value > 0);
        Assert.Equal(0, newYork.Overall(QueueMetrics.QueueLength).Value);
    }

    [Fact]
    public async Task CollectAsync_SameCollectorAndSecond_ReturnsIdenticalSamples()
    {
        var first = await new PluginTestHarness<QueueTimesPlugin>("lobby", LocalClock.MondayAt(9, 41, 7)).CollectAsync();
        var second = await new PluginTestHarness<QueueTimesPlugin>("lobby", LocalClock.MondayAt(9, 41, 7).AddMilliseconds(600)).CollectAsync();

        Assert.Equal(first.Values(), second.Values());
    }

    [Fact]
    public async Task CollectAsync_OtherCollector_ReturnsOtherValues()
    {
        var lobby = await new PluginTestHarness<QueueTimesPlugin>("lobby", LocalClock.MondayAt(9, 41)).CollectAsync();
        var annex = await new PluginTestHarness<QueueTimesPlugin>("annex", LocalClock.MondayAt(9, 41)).CollectAsync();

        Assert.NotEqual(lobby.Values(), annex.Values());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(300)]
    public async Task CollectAsync_LaterCollection_ChangesWaitValues(int secondsLater)
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(11, 12));
        var before = await harness.CollectAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(secondsLater));
        var after = await harness.CollectAsync();

        Assert.NotEqual(before.Overall(QueueMetrics.WaitMinutes).Value, after.Overall(QueueMetrics.WaitMinutes).Value);
        Assert.All(
            DefaultServicePoints,
            point => Assert.NotEqual(
                before.For(QueueMetrics.WaitMinutes, QueueMetrics.ServicePointDimension, point).Value,
                after.For(QueueMetrics.WaitMinutes, QueueMetrics.ServicePointDimension, point).Value));
    }

    [Fact]
    public async Task CollectAsync_SimulatedWeekEveryFiveMinutes_ValuesStayPlausible()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(0));
        var peakQueue = 0.0;
        for (var step = 0; step < 7 * 24 * 12; step++)
        {
            var samples = await harness.CollectAsync();

            Assert.All(samples.Where(sample => sample.MetricKey == QueueMetrics.QueueLength), sample =>
            {
                Assert.InRange(sample.Value, 0, 200);
                Assert.Equal(Math.Round(sample.Value), sample.Value);
            });
            Assert.All(samples.Where(sample => sample.MetricKey != QueueMetrics.QueueLength), sample => Assert.InRange(sample.Value, 0, 180));
            Assert.True(samples.Overall(QueueMetrics.LongestWaitMinutes).Value >= samples.Overall(QueueMetrics.WaitMinutes).Value);
            peakQueue = Math.Max(peakQueue, samples.Overall(QueueMetrics.QueueLength).Value);
            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.InRange(peakQueue, 15, 80);
    }

    [Fact]
    public async Task CollectAsync_ClockWithFractionalSeconds_TimestampsEverySampleToTheSecond()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(9, 30, 15).AddMilliseconds(873));

        var samples = await harness.CollectAsync();

        Assert.All(samples, sample => Assert.Equal(LocalClock.MondayAt(9, 30, 15), sample.Timestamp));
        Assert.All(samples, sample => Assert.Equal(TimeSpan.Zero, sample.Timestamp.Offset));
    }

    [Fact]
    public async Task CollectAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.CollectAsync("{}", cancellation.Token));
    }

    [Fact]
    public async Task CollectAsync_AnyCollection_LogsOneDebugLine()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>();

        await harness.CollectAsync();

        var entry = Assert.Single(harness.Logger.Entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Contains("3 service points", entry.Message, StringComparison.Ordinal);
    }
}
