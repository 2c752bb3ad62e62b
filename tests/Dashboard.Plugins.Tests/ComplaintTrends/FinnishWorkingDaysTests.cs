using Dashboard.Plugins.ComplaintTrends;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class FinnishWorkingDaysTests
{
    [Theory]
    [InlineData("2026-03-02", true)] // an ordinary Monday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    [InlineData("2026-01-06", false)] // Epiphany, a Tuesday
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-04-30", true)] // May Day Eve is a working day
    [InlineData("2026-05-01", false)] // May Day, a Friday
    [InlineData("2026-05-14", false)] // Ascension Day, a Thursday
    [InlineData("2026-06-19", false)] // Midsummer Eve: not in FinlandPublicHoliday, but offices are closed
    [InlineData("2025-06-20", false)] // Midsummer Eve 2025
    [InlineData("2026-06-22", true)] // the Monday after Midsummer
    [InlineData("2026-12-24", false)] // Christmas Eve: not in FinlandPublicHoliday, but offices are closed
    [InlineData("2026-12-25", false)] // Christmas Day
    [InlineData("2026-12-31", true)] // New Year's Eve is a working day
    [InlineData("2027-12-06", false)] // Independence Day, a Monday
    public void IsWorkingDay_FinnishCalendar_SkipsWeekendsHolidaysAndTheTwoEves(string date, bool working)
    {
        Assert.Equal(working, FinnishWorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // Friday + 1: Saturday and Sunday are skipped, so Monday.
    [InlineData("2026-03-06", 1, "2026-03-09")]
    // Saturday + 5: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
    [InlineData("2026-03-07", 5, "2026-03-13")]
    // Thursday before Easter + 1: Good Friday, Saturday, Easter Sunday and Easter Monday skipped, so Tuesday 7 April.
    [InlineData("2026-04-02", 1, "2026-04-07")]
    // Tuesday 22 Dec + 3: Wed 23 (1), Eve 24, Day 25, Sat 26, Sun 27 skipped, Mon 28 (2), Tue 29 (3).
    [InlineData("2026-12-22", 3, "2026-12-29")]
    public void AddWorkingDays_AcrossDaysOff_CountsOnlyWorkingDaysAfterTheDate(string date, int count, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(DateOnly.Parse(expected, culture), FinnishWorkingDays.AddWorkingDays(DateOnly.Parse(date, culture), count));
    }
}
