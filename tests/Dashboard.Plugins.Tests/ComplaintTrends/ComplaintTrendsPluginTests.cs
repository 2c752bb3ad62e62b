using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ComplaintTrendsPluginTests : DemoPluginTests<ComplaintTrendsPlugin>
{
    protected override string Dimension => ComplaintMetrics.CategoryDimension;

    protected override IReadOnlyList<string> DefaultDimensionValues => ["Waiting times", "Staff conduct", "Digital services", "Premises"];

    protected override string LivelyMetric => ComplaintMetrics.AverageComplaintAgeDays;

    [Fact]
    public void Metrics_Declared_AreTheComplaintMetricsWithTheirTargets()
    {
        var plugin = new ComplaintTrendsPlugin();

        Assert.Equal(["open_complaints", "new_complaints_today", "avg_complaint_age_days"], plugin.Metrics.Select(metric => metric.Key));
        Assert.All(plugin.Metrics, metric => Assert.Equal(MetricDirection.LowerIsBetter, metric.Direction));
        Assert.Equal([20.0, null, 5.0], plugin.Metrics.Select(metric => metric.Target));
        Assert.Equal(["", "", "days"], plugin.Metrics.Select(metric => metric.Unit));
        Assert.Equal(typeof(ComplaintTrendsSettings), plugin.SettingsType);
    }

    [Fact]
    public async Task CollectAsync_OverallValues_AggregatePerCategoryValues()
    {
        var samples = await new PluginTestHarness<ComplaintTrendsPlugin>(startTime: LocalClock.MondayAt(14)).CollectAsync();

        var open = samples.PerDimension(ComplaintMetrics.OpenComplaints);
        var ages = samples.PerDimension(ComplaintMetrics.AverageComplaintAgeDays);
        var weighted = open.Zip(ages, (count, age) => count.Value * age.Value).Sum() / open.Sum(sample => sample.Value);
        Assert.Equal(open.Sum(sample => sample.Value), samples.Overall(ComplaintMetrics.OpenComplaints).Value);
        Assert.Equal(samples.PerDimension(ComplaintMetrics.NewComplaintsToday).Sum(sample => sample.Value), samples.Overall(ComplaintMetrics.NewComplaintsToday).Value);
        Assert.Equal(weighted, samples.Overall(ComplaintMetrics.AverageComplaintAgeDays).Value, precision: 9);
    }

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

    [Fact]
    public async Task CollectAsync_SimulatedWeekEveryFiveMinutes_ValuesStayPlausibleAndDriftSlowly()
    {
        var harness = new PluginTestHarness<ComplaintTrendsPlugin>(startTime: LocalClock.MondayAt(0, 2));
        IReadOnlyList<MetricSample>? previous = null;
        for (var step = 0; step < 7 * 24 * 12; step++)
        {
            var samples = await harness.CollectAsync();

            Assert.All(samples.Where(sample => sample.MetricKey != ComplaintMetrics.AverageComplaintAgeDays), sample =>
            {
                Assert.InRange(sample.Value, 0, 500);
                Assert.Equal(Math.Round(sample.Value), sample.Value);
            });
            Assert.All(samples.Where(sample => sample.MetricKey == ComplaintMetrics.AverageComplaintAgeDays), sample => Assert.InRange(sample.Value, 0, 30));
            if (previous is not null)
            {
                Assert.InRange(Math.Abs(samples.Overall(ComplaintMetrics.OpenComplaints).Value - previous.Overall(ComplaintMetrics.OpenComplaints).Value), 0, 4);
                Assert.InRange(Math.Abs(samples.Overall(ComplaintMetrics.AverageComplaintAgeDays).Value - previous.Overall(ComplaintMetrics.AverageComplaintAgeDays).Value), 0, 0.5);
            }

            previous = samples;
            harness.Time.Advance(TimeSpan.FromMinutes(5));
        }
    }
}
