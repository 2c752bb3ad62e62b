using Dashboard.Plugins.Feedback;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackPluginTests : DemoPluginTests<FeedbackPlugin>
{
    protected override string Dimension => FeedbackMetrics.ChannelDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["Desk", "Phone", "Email"];

    protected override string LivelyMetric => FeedbackMetrics.SatisfactionPercent;

    [Fact]
    public void Metrics_Declared_AreTheFeedbackMetricsWithTheirTargets()
    {
        var plugin = new FeedbackPlugin();

        Assert.Equal(["satisfaction_percent", "responses"], plugin.Metrics.Select(metric => metric.Key));
        Assert.All(plugin.Metrics, metric => Assert.Equal(MetricDirection.HigherIsBetter, metric.Direction));
        Assert.Equal([85.0, null], plugin.Metrics.Select(metric => metric.Target));
        Assert.Equal(["%", ""], plugin.Metrics.Select(metric => metric.Unit));
        Assert.Equal(typeof(FeedbackSettings), plugin.SettingsType);
    }

    [Fact]
    public async Task CollectAsync_OverallValues_AggregatePerChannelValues()
    {
        var samples = await new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(11, 5)).CollectAsync();

        var responses = samples.PerDimension(FeedbackMetrics.Responses);
        var satisfaction = samples.PerDimension(FeedbackMetrics.SatisfactionPercent);
        var weighted = responses.Zip(satisfaction, (count, percent) => count.Value * percent.Value).Sum() / responses.Sum(sample => sample.Value);
        Assert.Equal(responses.Sum(sample => sample.Value), samples.Overall(FeedbackMetrics.Responses).Value);
        Assert.Equal(weighted, samples.Overall(FeedbackMetrics.SatisfactionPercent).Value, precision: 9);
    }

    [Fact]
    public async Task CollectAsync_MorningRush_SatisfactionDipsBelowTargetAndRecoversInTheAfternoon()
    {
        var rush = await new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(10)).CollectAsync();
        var afternoon = await new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(15, 30)).CollectAsync();

        Assert.InRange(rush.Overall(FeedbackMetrics.SatisfactionPercent).Value, 60, 84.9);
        Assert.InRange(afternoon.Overall(FeedbackMetrics.SatisfactionPercent).Value, 85, 100);
    }

    [Fact]
    public async Task CollectAsync_DayAndNight_MostResponsesArriveInOpeningHours()
    {
        var day = await new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(11)).CollectAsync();
        var night = await new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(3)).CollectAsync();

        Assert.True(day.Overall(FeedbackMetrics.Responses).Value > 5 * night.Overall(FeedbackMetrics.Responses).Value);
    }

    [Fact]
    public async Task CollectAsync_SimulatedWeekEveryFiveMinutes_ValuesStayPlausible()
    {
        var harness = new PluginTestHarness<FeedbackPlugin>(startTime: LocalClock.MondayAt(0));
        for (var step = 0; step < 7 * 24 * 12; step++)
        {
            var samples = await harness.CollectAsync();

            Assert.All(samples.Where(sample => sample.MetricKey == FeedbackMetrics.SatisfactionPercent), sample => Assert.InRange(sample.Value, 0, 100));
            Assert.All(samples.Where(sample => sample.MetricKey == FeedbackMetrics.Responses), sample =>
            {
                Assert.InRange(sample.Value, 0, 1000);
                Assert.Equal(Math.Round(sample.Value), sample.Value);
            });
            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }
    }
}
