using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>
/// In 2026 Helsinki moves from UTC+2 to UTC+3 on Sunday 29 March (03:00 becomes 04:00) and back on Sunday 25 October
/// (04:00 becomes 03:00). Complaints are stored in UTC, so no hour is lost or counted twice.
/// </summary>
public sealed class LocalTimesTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public async Task Today_SpringForwardDay_CountsBothSidesOfTheSkippedHourAndComparesWithTheWeekBefore()
    {
        // Now: Sunday 29 March 12:00 local = 09:00 UTC; today began at 00:00 local = 22:00 UTC on the 28th: 11 hours.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 3, 29), 12));
        await scenario.AddAsync("""
            a,2026-03-29T02:30:00+02:00,,,A
            b,2026-03-29T04:30:00+03:00,,,A
            w,2026-03-22 03:30,,,A
            x,2026-03-22 12:00,,,A
            """);

        var figures = scenario.Today();

        // a at 00:30 UTC and b at 01:30 UTC are an hour apart: both today. A week earlier (Sunday 22 March 00:00 to
        // 12:00 local, 12 hours at UTC+2): w; x at 12:00 is the end and not counted. (2 - 1) / 1 = +100 %.
        Assert.Equal(2.0, figures.Overall(ComplaintMetrics.NewComplaintsPerDay).Value);
        Assert.Equal(100.0, figures.Overall(ComplaintMetrics.NewComplaintsChangePercent).Value);
    }

    [Fact]
    public async Task Today_FallBackDay_CountsBothOccurrencesOfTheRepeatedHour()
    {
        // Now: Sunday 25 October 12:00 local (UTC+2 again) = 10:00 UTC.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 10, 25), 12));
        await scenario.AddAsync("""
            first,2026-10-25T03:30:00+03:00,,,A
            second,2026-10-25T03:30:00+02:00,,,A
            plain,2026-10-25 03:45,,,A
            """);

        var figures = scenario.Today();
        var received = scenario.Harness.Records.ToDictionary(record => record.Id, record => record.Start!.Value);

        // 03:30 at UTC+3 is 00:30 UTC, 03:30 at UTC+2 is 01:30 UTC; a local time without offset in the repeated hour is
        // read at its first occurrence (03:45 at UTC+3 = 00:45 UTC). All three arrived today.
        Assert.Equal(TimeSpan.FromHours(1), received["second"] - received["first"]);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 45, 0, TimeSpan.Zero), received["plain"]);
        Assert.Equal(3.0, figures.Overall(ComplaintMetrics.NewComplaintsPerDay).Value);
    }

    [Fact]
    public async Task Csv_LocalTimeInTheSkippedHour_MovesForwardByTheSkippedHour()
    {
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 3, 29), 12));
        await scenario.AddAsync("gap,2026-03-29 03:30,,,A\n");

        // 03:30 does not exist on 29 March: read as 04:30 at UTC+3, i.e. 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), Assert.Single(scenario.Harness.Records).Start);
    }

    [Fact]
    public async Task Backlog_AgeAcrossTheChange_CountsElapsedTime()
    {
        // Received Friday 27 March 12:00 (UTC+2, 10:00 UTC); now Monday 30 March 11:00 (UTC+3, 08:00 UTC): 70 hours = 2 days.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 3, 30), 11));
        await scenario.AddAsync("o,2026-03-27 12:00,,,A\n");

        Assert.Equal(1.0, scenario.Today().For(ComplaintMetrics.OpenComplaints, ComplaintMetrics.AgeDimension, "0-2 d").Value);
    }

    [Theory]
    [InlineData("2026-03-02T09:15:00+02:00", "2026-03-02T07:15:00Z")]
    [InlineData("2026-03-02T07:15:00Z", "2026-03-02T07:15:00Z")]
    [InlineData("2026-03-02T07:15:00.250Z", "2026-03-02T07:15:00.250Z")]
    [InlineData("2026-03-02T09:15:00", "2026-03-02T07:15:00Z")]
    [InlineData("2026-03-02 09:15", "2026-03-02T07:15:00Z")]
    [InlineData("2.3.2026 9:15", "2026-03-02T07:15:00Z")]
    [InlineData("2026-07-02", "2026-07-01T21:00:00Z")]
    public void TryParse_WithOrWithoutOffset_ReadsLocalTimesInTheZoneNotTheServers(string text, string utc)
    {
        Assert.True(LocalTimes.TryParse(text, Helsinki, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-02-30 10:00")]
    [InlineData("1969-12-31T23:00:00Z")]
    [InlineData("0001-01-01")]
    [InlineData("2026-03-02T09:15:00+2")]
    [InlineData("9:15 2.3.2026")]
    public void TryParse_NotATimeInRange_IsRefused(string text)
    {
        Assert.False(LocalTimes.TryParse(text, Helsinki, out _));
    }
}
