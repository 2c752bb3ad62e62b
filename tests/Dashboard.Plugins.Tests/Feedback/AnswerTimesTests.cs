using Dashboard.Plugins.Feedback;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class AnswerTimesTests
{
    private static readonly TimeZoneInfo Helsinki = FeedbackFixtures.Helsinki;

    [Theory]
    // Winter time in Helsinki is UTC+2: 10:15 local is 08:15 UTC.
    [InlineData("2026-03-02T10:15:00", "2026-03-02T08:15:00+00:00")]
    [InlineData("2026-03-02 10:15", "2026-03-02T08:15:00+00:00")]
    [InlineData("2026-03-02T10:15:08.024", "2026-03-02T08:15:08.024+00:00")]
    // Summer time is UTC+3.
    [InlineData("2026-06-15T12:00:00", "2026-06-15T09:00:00+00:00")]
    // An offset or Z is taken as given.
    [InlineData("2026-03-02T08:15:00Z", "2026-03-02T08:15:00+00:00")]
    [InlineData("2026-03-02T10:15:00+02:00", "2026-03-02T08:15:00+00:00")]
    [InlineData("2026-03-02T10:15:00-0130", "2026-03-02T11:45:00+00:00")]
    public void Parse_IsoTimes_GiveTheInstant(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AnswerTimes.Parse(text, Helsinki, ignoreOffset: false));
    }

    [Fact]
    public void Parse_TimeInTheSpringGap_IsMovedForwardByTheGap()
    {
        // On 29 March 2026 Helsinki clocks jump from 03:00 (UTC+2) to 04:00 (UTC+3); 03:30 does not exist.
        // Read with the offset before the gap: 03:30 - 2 h = 01:30 UTC, which is 04:30 local summer time.
        var time = AnswerTimes.Parse("2026-03-29T03:30:00", Helsinki, ignoreOffset: false);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), time);
    }

    [Fact]
    public void Parse_TimeInTheAutumnOverlap_IsTheFirstOccurrence()
    {
        // On 25 October 2026 Helsinki clocks go back from 04:00 (UTC+3) to 03:00 (UTC+2); 03:30 happens twice.
        // The first occurrence is summer time: 03:30 - 3 h = 00:30 UTC (the second would be 01:30 UTC).
        var time = AnswerTimes.Parse("2026-10-25T03:30:00", Helsinki, ignoreOffset: false);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), time);
    }

    [Fact]
    public void Parse_IgnoreOffset_ReadsTheWallClockLocally()
    {
        // An export that labels local time with Z: 10:15 is read as Helsinki winter time, 08:15 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 15, 0, TimeSpan.Zero), AnswerTimes.Parse("2026-03-02T10:15:00Z", Helsinki, ignoreOffset: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-03-02")]
    [InlineData("02.03.2026 10:15")]
    [InlineData("2026-13-02T10:15:00")]
    [InlineData("2026-03-02T25:15:00")]
    [InlineData("2026-03-02T10:15:00+15:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("1766-03-02T10:15:00")]
    public void Parse_NotATime_IsNull(string text)
    {
        Assert.Null(AnswerTimes.Parse(text, Helsinki, ignoreOffset: false));
    }
}
