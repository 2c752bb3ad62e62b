using Dashboard.Plugins.Feedback;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackPluginTests : DemoPluginTests<FeedbackPlugin>
{
    protected override string Dimension => FeedbackMetrics.ChannelDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["Desk", "Phone", "Email"];

    protected override IReadOnlyList<(string Key, string Unit, double? Target)> DeclaredMetrics =>
        [("satisfaction_percent", "%", 85.0), ("responses", "", null)];

    protected override MetricDirection Direction => MetricDirection.HigherIsBetter;

    protected override Type SettingsType => typeof(FeedbackSettings);

    protected override string LivelyMetric => FeedbackMetrics.SatisfactionPercent;

    protected override IReadOnlyList<OverallRule> OverallRules =>
        [OverallRule.WeightedMean(FeedbackMetrics.SatisfactionPercent, weightMetric: FeedbackMetrics.Responses), OverallRule.Sum(FeedbackMetrics.Responses)];

    protected override IReadOnlyList<(string Metric, double Min, double Max, bool Whole)> PlausibleRanges =>
        [(FeedbackMetrics.SatisfactionPercent, 0, 100, false), (FeedbackMetrics.Responses, 0, 1000, true)];

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
}
