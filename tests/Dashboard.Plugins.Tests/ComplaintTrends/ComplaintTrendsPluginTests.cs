using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsPluginTests : DemoPluginTests<ComplaintTrendsPlugin>
{
    protected override string Dimension => ComplaintMetrics.CategoryDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["Waiting times", "Staff conduct", "Digital services", "Premises"];

    protected override IReadOnlyList<(string Key, string Unit, double? Target)> DeclaredMetrics =>
        [("open_complaints", "", 20.0), ("new_complaints_today", "", null), ("avg_complaint_age_days", "days", 5.0)];

    protected override MetricDirection Direction => MetricDirection.LowerIsBetter;

    protected override Type SettingsType => typeof(ComplaintTrendsSettings);

    protected override string LivelyMetric => ComplaintMetrics.AverageComplaintAgeDays;

    protected override IReadOnlyList<OverallRule> OverallRules =>
    [
        OverallRule.Sum(ComplaintMetrics.OpenComplaints),
        OverallRule.Sum(ComplaintMetrics.NewComplaintsToday),
        OverallRule.WeightedMean(ComplaintMetrics.AverageComplaintAgeDays, weightMetric: ComplaintMetrics.OpenComplaints),
    ];

    protected override IReadOnlyList<(string Metric, double Min, double Max, bool Whole)> PlausibleRanges =>
        [(ComplaintMetrics.OpenComplaints, 0, 500, true), (ComplaintMetrics.NewComplaintsToday, 0, 500, true), (ComplaintMetrics.AverageComplaintAgeDays, 0, 30, false)];

    protected override DateTimeOffset WeekStart => LocalClock.MondayAt(0, 2);

    [Fact]
    public async Task CollectAsync_ThroughADay_NewComplaintsTodayStartAtZeroOnlyGrowAndResetAtMidnight()
    {
        var harness = new PluginTestHarness<ComplaintTrendsPlugin>(startTime: LocalClock.MondayAt(0));
        var previous = new Dictionary<string, double>();
        for (var step = 0; step < 24 * 12; step++)
        {
            var samples = await harness.CollectAsync();
            foreach (var sample in samples.Where(sample => sample.MetricKey == ComplaintMetrics.NewComplaintsToday))
            {
                var category = sample.Dimensions?[ComplaintMetrics.CategoryDimension] ?? "overall";
                Assert.True(sample.Value >= previous.GetValueOrDefault(category), $"New complaints for {category} fell at step {step}.");
                previous[category] = sample.Value;
            }

            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var nextMidnight = await harness.CollectAsync();
        Assert.True(previous["overall"] > 10, "A Monday should bring more than ten complaints.");
        Assert.Equal(0, nextMidnight.Overall(ComplaintMetrics.NewComplaintsToday).Value);
    }

    [Fact]
    public async Task CollectAsync_WeekdayAndSunday_MondayBringsMoreNewComplaints()
    {
        var monday = await new PluginTestHarness<ComplaintTrendsPlugin>(startTime: LocalClock.MondayAt(23)).CollectAsync();
        var sunday = await new PluginTestHarness<ComplaintTrendsPlugin>(startTime: LocalClock.Helsinki(LocalClock.Monday.AddDays(6), 23)).CollectAsync();

        Assert.True(monday.Overall(ComplaintMetrics.NewComplaintsToday).Value > 2 * sunday.Overall(ComplaintMetrics.NewComplaintsToday).Value);
    }

    protected override void AssertPlausibleWeek(IReadOnlyList<IReadOnlyList<MetricSample>> week)
    {
        // Backlog and age drift slowly: five minutes never move them much.
        Assert.All(week.Zip(week.Skip(1)), pair =>
        {
            var (previous, samples) = pair;
            Assert.InRange(Math.Abs(samples.Overall(ComplaintMetrics.OpenComplaints).Value - previous.Overall(ComplaintMetrics.OpenComplaints).Value), 0, 4);
            Assert.InRange(Math.Abs(samples.Overall(ComplaintMetrics.AverageComplaintAgeDays).Value - previous.Overall(ComplaintMetrics.AverageComplaintAgeDays).Value), 0, 0.5);
        });
    }
}
