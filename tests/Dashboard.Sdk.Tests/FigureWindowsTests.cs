namespace Dashboard.Sdk.Tests;

public sealed class FigureWindowsTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void At_SevenDaysOverTheSpringChange_StartsAtLocalMidnightSixDaysBefore()
    {
        // 2026-03-30 09:00Z is 12:00 in Helsinki (summer time since 29 March 03:00, UTC+3). Six local days before the
        // 30th is the 24th, whose midnight is still winter time (UTC+2): 2026-03-23 22:00Z.
        var now = new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero);

        var window = FigureWindows.At("7d", now, Helsinki);

        Assert.Equal(new DateTimeOffset(2026, 3, 23, 22, 0, 0, TimeSpan.Zero), window.From);
        Assert.Equal(now, window.To);
        Assert.Equal("7d", window.Id);
    }

    [Fact]
    public void At_Hours_ReachBackTheirLength()
    {
        var now = new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddHours(-8), FigureWindows.At("8h", now, Helsinki).From);
    }

    [Theory]
    [InlineData("7w")]
    [InlineData("367d")]
    [InlineData("TODAY")]
    public void Check_NotAWindow_NamesTheText(string id)
    {
        Assert.Contains($"'{id}'", FigureWindows.Check(id), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FigureWindows.At(id, DateTimeOffset.UnixEpoch, Helsinki));
    }
}
