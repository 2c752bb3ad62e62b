namespace Dashboard.Plugins.Shared;

/// <summary>The shape of a service day: a morning rush around 9-11, a lunch bump, a quiet afternoon, closed at night.</summary>
internal static class VisitorRhythm
{
    private const double RushPeakHour = 10.0;
    private const double RushWidthHours = 1.0;
    private const double RushHeight = 0.85;
    private const double LunchPeakHour = 12.5;
    private const double LunchWidthHours = 0.5;
    private const double LunchHeight = 0.35;
    private const double QuietLevel = 0.18;
    private const double RampUpHours = 0.33;

    /// <summary>Relative load from 0 (closed) to about 1 (the height of the morning rush on a weekday).</summary>
    public static double Load(DateTime localTime, int opensAtHour, int closesAtHour)
    {
        var hour = localTime.TimeOfDay.TotalHours;
        if (hour < opensAtHour || hour >= closesAtHour)
        {
            return 0;
        }

        var load = QuietLevel + Bump(hour, RushPeakHour, RushWidthHours, RushHeight) + Bump(hour, LunchPeakHour, LunchWidthHours, LunchHeight);
        var rampUp = Math.Min(1.0, 0.5 + 0.5 * (hour - opensAtHour) / RampUpHours);
        return load * rampUp * DayFactor(localTime.DayOfWeek);
    }

    private static double Bump(double hour, double peakHour, double widthHours, double height)
    {
        var distance = (hour - peakHour) / widthHours;
        return height * Math.Exp(-distance * distance / 2);
    }

    private static double DayFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => 1.1,
        DayOfWeek.Saturday => 0.5,
        DayOfWeek.Sunday => 0.35,
        _ => 1.0,
    };
}
