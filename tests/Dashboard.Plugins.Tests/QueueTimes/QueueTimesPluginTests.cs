using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.QueueTimes;

public sealed class QueueTimesPluginTests : DemoPluginTests<QueueTimesPlugin>
{
    protected override string Dimension => QueueMetrics.ServicePointDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["City hall", "Library", "Phone line"];

    protected override IReadOnlyList<(string Key, string Unit, double? Target)> DeclaredMetrics =>
        [("wait_minutes", "min", 15.0), ("queue_length", "", 10.0), ("longest_wait_minutes", "min", 30.0)];

    protected override MetricDirection Direction => MetricDirection.LowerIsBetter;

    protected override Type SettingsType => typeof(QueueTimesSettings);

    protected override string LivelyMetric => QueueMetrics.WaitMinutes;

    protected override IReadOnlyList<OverallRule> OverallRules =>
    [
        OverallRule.WeightedMean(QueueMetrics.WaitMinutes, weightMetric: QueueMetrics.QueueLength),
        OverallRule.Sum(QueueMetrics.QueueLength),
        OverallRule.Max(QueueMetrics.LongestWaitMinutes),
    ];

    protected override IReadOnlyList<(string Metric, double Min, double Max, bool Whole)> PlausibleRanges =>
        [(QueueMetrics.QueueLength, 0, 200, true), (QueueMetrics.WaitMinutes, 0, 180, false), (QueueMetrics.LongestWaitMinutes, 0, 180, false)];

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

    protected override void AssertPlausibleWeek(IReadOnlyList<IReadOnlyList<MetricSample>> week)
    {
        Assert.All(week, samples => Assert.True(samples.Overall(QueueMetrics.LongestWaitMinutes).Value >= samples.Overall(QueueMetrics.WaitMinutes).Value));
        Assert.InRange(week.Max(samples => samples.Overall(QueueMetrics.QueueLength).Value), 20, 80);
    }
}
