namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>How complaints arrive over a day and a week: mostly in office hours on weekdays, a trickle online at night.</summary>
internal static class WorkWeekRhythm
{
    private const double OfficeStartHour = 8.0;
    private const double OfficeHours = 9.0;
    private const double OnlineShare = 0.1;

    /// <summary>Share of the day's complaints that have arrived by <paramref name="localTime"/>: 0 at midnight, rising to 1.</summary>
    public static double ArrivedShareOfDay(DateTime localTime)
    {
        var hour = localTime.TimeOfDay.TotalHours;
        var office = Math.Clamp((hour - OfficeStartHour) / OfficeHours, 0, 1);
        var officeEased = office * office * (3 - 2 * office);
        return OnlineShare * hour / 24 + (1 - OnlineShare) * officeEased;
    }

    /// <summary>Relative number of new complaints on a day: Monday brings the weekend's, weekends are quiet.</summary>
    public static double ArrivalFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.3,
        DayOfWeek.Friday => 0.8,
        DayOfWeek.Saturday => 0.3,
        DayOfWeek.Sunday => 0.25,
        _ => 1.0,
    };

    /// <summary>
    /// Relative backlog of open complaints: it builds up early in the week and is worked down by Friday. Interpolated
    /// between middays so that the backlog never jumps at midnight.
    /// </summary>
    public static double BacklogFactor(DateTime localTime)
    {
        var sinceMidday = localTime - localTime.Date.AddHours(12);
        var fromDay = sinceMidday < TimeSpan.Zero ? localTime.Date.AddDays(-1) : localTime.Date;
        var fraction = (localTime - fromDay.AddHours(12)).TotalDays;
        var from = MiddayBacklogFactor(fromDay.DayOfWeek);
        return from + (MiddayBacklogFactor(fromDay.AddDays(1).DayOfWeek) - from) * fraction;
    }

    private static double MiddayBacklogFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.1,
        DayOfWeek.Tuesday => 1.2,
        DayOfWeek.Wednesday => 1.05,
        DayOfWeek.Thursday => 0.95,
        DayOfWeek.Friday => 0.85,
        DayOfWeek.Saturday => 0.9,
        _ => 1.0,
    };
}
