namespace Dashboard.Plugins.Tests.Support;

/// <summary>Instants given as Helsinki wall-clock time, the plugins' default time zone.</summary>
internal static class LocalClock
{
    /// <summary>A Monday in winter time (UTC+2).</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    private static readonly TimeZoneInfo HelsinkiZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTimeOffset Helsinki(DateOnly date, int hour, int minute = 0, int second = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute, second), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, HelsinkiZone), TimeSpan.Zero);
    }

    public static DateTimeOffset MondayAt(int hour, int minute = 0, int second = 0) => Helsinki(Monday, hour, minute, second);
}
