using Dashboard.Host.Figures;

namespace Dashboard.Host.Tests.Figures;

public sealed class WindowSpecTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Theory]
    [InlineData("today", WindowUnit.Today, 1)]
    [InlineData("60m", WindowUnit.Minutes, 60)]
    [InlineData("8h", WindowUnit.Hours, 8)]
    [InlineData("7d", WindowUnit.Days, 7)]
    [InlineData("366d", WindowUnit.Days, 366)]
    public void TryParse_KnownForms_GiveUnitAndCount(string text, WindowUnit unit, int count)
    {
        var spec = WindowSpec.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new WindowSpec(text, unit, count), spec);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Today")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("60 m")]
    [InlineData("5w")]
    [InlineData("1.5h")]
    [InlineData("367d")]
    [InlineData(null)]
    public void TryParse_OtherText_ExplainsTheForms(string? text)
    {
        var spec = WindowSpec.TryParse(text, out var error);

        Assert.Null(spec);
        Assert.Contains($"'{text}'", error);
    }

    [Fact]
    public void At_Today_RunsFromLocalMidnightToNow()
    {
        // 2026-06-15 12:34Z is 15:34 in Helsinki (summer time, UTC+3); local midnight 00:00+03 is 2026-06-14 21:00Z.
        var now = new DateTimeOffset(2026, 6, 15, 12, 34, 0, TimeSpan.Zero);

        var window = WindowSpec.Parse("today").At(now, Helsinki);

        Assert.Equal("today", window.Id);
        Assert.Equal(new DateTimeOffset(2026, 6, 14, 21, 0, 0, TimeSpan.Zero), window.From);
        Assert.Equal(now, window.To);
        Assert.Same(Helsinki, window.TimeZone);
    }

    [Fact]
    public void At_RollingWindows_ReachBackTheirLength()
    {
        var now = new DateTimeOffset(2026, 6, 15, 12, 34, 0, TimeSpan.Zero);

        Assert.Equal(now.AddMinutes(-60), WindowSpec.Parse("60m").At(now, Helsinki).From);
        Assert.Equal(now.AddHours(-8), WindowSpec.Parse("8h").At(now, Helsinki).From);
    }

    [Fact]
    public void At_SevenDaysAcrossTheSpringChange_StartsAtLocalMidnightSixDaysBefore()
    {
        // 2026-03-31 12:00Z is 15:00 EEST on 31 March; six local days before is 25 March, whose midnight is still
        // winter time (UTC+2): 2026-03-25 00:00+02 = 2026-03-24 22:00Z.
        var now = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

        var window = WindowSpec.Parse("7d").At(now, Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 3, 24, 22, 0, 0, TimeSpan.Zero), window.From);
    }

    [Theory]
    // Spring: 29 March begins 00:00+02 (28 March 22:00Z), 30 March begins 00:00+03 (29 March 21:00Z): 23 h.
    [InlineData("2026-03-29T12:00:00Z", "2026-03-28T22:00:00Z", "2026-03-29T21:00:00Z", 23)]
    // Autumn: 25 October begins 00:00+03 (24 October 21:00Z), 26 October begins 00:00+02 (25 October 22:00Z): 25 h.
    [InlineData("2026-10-25T12:00:00Z", "2026-10-24T21:00:00Z", "2026-10-25T22:00:00Z", 25)]
    // An ordinary day: 00:00+03 to 00:00+03, 24 h.
    [InlineData("2026-06-15T12:00:00Z", "2026-06-14T21:00:00Z", "2026-06-15T21:00:00Z", 24)]
    public void At_TodayOnADaylightSavingChange_LastsTheLocalDaysHours(string midday, string dayStart, string nextDayStart, int hours)
    {
        var today = WindowSpec.Parse("today");
        var start = DateTimeOffset.Parse(dayStart, System.Globalization.CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse(nextDayStart, System.Globalization.CultureInfo.InvariantCulture);

        var atMidday = today.At(DateTimeOffset.Parse(midday, System.Globalization.CultureInfo.InvariantCulture), Helsinki);
        var lastSecond = today.At(end.AddSeconds(-1), Helsinki);
        var nextDay = today.At(end, Helsinki);

        Assert.Equal(start, atMidday.From);
        Assert.Equal(start, lastSecond.From);
        Assert.Equal(TimeSpan.FromHours(hours) - TimeSpan.FromSeconds(1), lastSecond.To - lastSecond.From);
        Assert.Equal(end, nextDay.From);
        Assert.Equal(TimeSpan.FromHours(hours), nextDay.From - atMidday.From);
    }

    [Fact]
    public void At_TodayWhereMidnightIsSkipped_StartsAtTheFirstLocalTimeAfterTheGap()
    {
        // Havana moves its clocks from 00:00 to 01:00 on 8 March 2026, so that day begins at 01:00-04 = 05:00Z.
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

        var window = WindowSpec.Parse("today").At(new DateTimeOffset(2026, 3, 8, 15, 0, 0, TimeSpan.Zero), havana);

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), window.From);
    }

    [Fact]
    public void At_TodayWhereMidnightHappensTwice_StartsAtTheFirst()
    {
        // Havana turns 01:00-04 back to 00:00-05 on 1 November 2026; the first midnight is 00:00-04 = 04:00Z.
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

        var window = WindowSpec.Parse("today").At(new DateTimeOffset(2026, 11, 1, 15, 0, 0, TimeSpan.Zero), havana);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), window.From);
    }

    [Theory]
    [InlineData("today", "today")]
    [InlineData("60m", "last 60 min")]
    [InlineData("1h", "last hour")]
    [InlineData("8h", "last 8 h")]
    [InlineData("7d", "last 7 days")]
    public void Describe_Window_ReadsAsWords(string id, string words) => Assert.Equal(words, WindowSpec.Parse(id).Describe());
}
