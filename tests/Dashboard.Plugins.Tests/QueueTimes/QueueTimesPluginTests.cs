using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesPluginTests : DemoPluginTests<QueueTimesPlugin>
{
    protected override string Dimension => QueueMetrics.ServicePointDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["City hall", "Library", "Phone line"];

    protected override string LivelyMetric => QueueMetrics.WaitMinutes;

    [Fact]
    public void Metrics_Declared_AreTheQueueMetricsWithTheirTargets()
    {
        var plugin = new QueueTimesPlugin();

        Assert.Equal(["wait_minutes", "queue_length", "longest_wait_minutes"], plugin.Metrics.Select(metric => metric.Key));
        Assert.All(plugin.Metrics, metric => Assert.Equal(MetricDirection.LowerIsBetter, metric.Direction));
        Assert.Equal([15.0, 10.0, 30.0], plugin.Metrics.Select(metric => metric.Target));
        Assert.Equal(["min", "", "min"], plugin.Metrics.Select(metric => metric.Unit));
        Assert.Equal(typeof(QueueTimesSettings), plugin.SettingsType);
    }

    [Fact]
    public async Task CollectAsync_OverallValues_AggregatePerServicePointValues()
    {
        var samples = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10, 20)).CollectAsync();

        var queues = samples.PerDimension(QueueMetrics.QueueLength);
        var waits = samples.PerDimension(QueueMetrics.WaitMinutes);
        var weightedWait = queues.Zip(waits, (queue, wait) => queue.Value * wait.Value).Sum() / queues.Sum(sample => sample.Value);
        Assert.Equal(queues.Sum(sample => sample.Value), samples.Overall(QueueMetrics.QueueLength).Value);
        Assert.Equal(weightedWait, samples.Overall(QueueMetrics.WaitMinutes).Value, precision: 9);
        Assert.Equal(
            samples.PerDimension(QueueMetrics.LongestWaitMinutes).Max(sample => sample.Value),
            samples.Overall(QueueMetrics.LongestWaitMinutes).Value);
    }

    [Fact]
    public async Task CollectAsync_MorningRushAfternoonAndNight_RushQueuesLongestAndNightQueuesEmpty()
    {
        var rush = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(10)).CollectAsync();
        var afternoon = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(15, 30)).CollectAsync();
        var night = await new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(2)).CollectAsync();

        Assert.True(rush.Overall(QueueMetrics.QueueLength).Value > 2 * afternoon.Overall(QueueMetrics.QueueLength).Value);
        Assert.True(rush.Overall(QueueMetrics.WaitMinutes).Value > 15, "The rush should miss the 15 minute target.");
        Assert.True(afternoon.Overall(QueueMetrics.WaitMinutes).Value < 15, "A quiet afternoon should meet the 15 minute target.");
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
    public async Task CollectAsync_OpeningHoursSetting_OpensAndClosesTheQueues()
    {
        var harness = new PluginTestHarness<QueueTimesPlugin>(startTime: LocalClock.MondayAt(19, 30));

        var usualHours = await harness.CollectAsync();
        var lateOpening = await harness.CollectAsync("""{ "opensAtHour": 12, "closesAtHour": 21 }""");

        Assert.Equal(0, usualHours.Overall(QueueMetrics.QueueLength).Value);
        Assert.True(lateOpening.Overall(QueueMetrics.QueueLength).Value > 0);
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

        Assert.InRange(peakQueue, 20, 80);
    }
}
