using Dashboard.Host.Metrics;

namespace Dashboard.Host.Tests.Metrics;

public sealed class MetricRetentionOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Problems_Defaults_None() => Assert.Empty(new MetricRetentionOptions().Problems());

    [Fact]
    public void Problems_HoursKeptShorterThanMinutes_NamesBothSettings()
    {
        var problem = Assert.Single(new MetricRetentionOptions { HourDays = 100 }.Problems());

        Assert.Equal("Dashboard:MetricRetention:HourDays (100) must not be shorter than Dashboard:MetricRetention:MinuteDays (365): long trends read the coarser data.", problem);
    }

    [Fact]
    public void Problems_ZeroDaysAndAZeroBatch_NameEachSetting()
    {
        var problems = new MetricRetentionOptions { RawDays = 0, PruneBatchSize = 0 }.Problems().ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("Dashboard:MetricRetention:RawDays must be between 1 and 36500 days", problems[0]);
        Assert.StartsWith("Dashboard:MetricRetention:PruneBatchSize must be between 1 and 100000", problems[1]);
    }

    [Theory]
    [InlineData(90 * 24 * 60 / 300, 1, MetricResolution.Hour)] // 90 days in 300 points: 7.2-hour steps
    [InlineData(2 * 365 * 24 * 60 / 300, 1, MetricResolution.Day)] // two years: 58.4-hour steps
    [InlineData(5, 1, MetricResolution.Minute)]
    [InlineData(5, 40, MetricResolution.Minute)] // 40 days back: raw is gone but minutes are kept a year
    [InlineData(0, 40, MetricResolution.Minute)] // a step finer than a minute, 40 days back: minutes rather than nothing
    [InlineData(0, 1, MetricResolution.Raw)]
    [InlineData(5, 400, MetricResolution.Hour)] // past a year only hours and days are left
    public void CoarsestFor_StepAndAge_PicksTheCoarsestResolutionStillHoldingTheData(int stepMinutes, int daysBack, MetricResolution expected)
    {
        var chosen = new MetricRetentionOptions().CoarsestFor(stepMinutes * TimeSpan.TicksPerMinute + 1, Now.AddDays(-daysBack), Now);

        Assert.Equal(expected, chosen);
    }
}
