using System.Collections.Concurrent;
using PublicHoliday;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// Working days in Finland: Monday to Friday, except the public holidays of <see cref="FinlandPublicHoliday"/> (New
/// Year's Day, Epiphany, Good Friday, Easter Monday, May Day, Ascension Day, Midsummer Day, All Saints' Day,
/// Independence Day, Christmas Day and St Stephen's Day; those on a weekend are not moved), and also Midsummer Eve and
/// Christmas Eve, which that package does not list but on which public offices are closed and which the Act on the
/// Calculation of Statutory Time Limits (150/1930, section 5) treats like holidays.
/// </summary>
internal static class FinnishWorkingDays
{
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> HolidaysByYear = new();

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysByYear.GetOrAdd(date.Year, Holidays).Contains(date);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="date"/>; <paramref name="date"/> itself does not count.</summary>
    public static DateOnly AddWorkingDays(DateOnly date, int count)
    {
        var day = date;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    private static HashSet<DateOnly> Holidays(int year)
    {
        var holidays = new FinlandPublicHoliday().PublicHolidays(year).Select(DateOnly.FromDateTime).ToHashSet();
        holidays.Add(new DateOnly(year, 12, 24));
        // Midsummer Eve is the Friday from 19 to 25 June, the day before Midsummer Day.
        holidays.Add(Enumerable.Range(19, 7).Select(day => new DateOnly(year, 6, day)).Single(day => day.DayOfWeek == DayOfWeek.Friday));
        return holidays;
    }
}
