using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// Generates complaint figures per category: a backlog that drifts over days and follows <see cref="WorkWeekRhythm"/>,
/// new complaints that accumulate from local midnight, and an average age that drifts slowly, each with smooth
/// minute-level noise. Deterministic for a given collector and second.
/// </summary>
internal sealed class DemoComplaintSource(ComplaintTrendsSettings settings, TimeZoneInfo timeZone) : IReadingSource<CategoryComplaints>
{
    private const double SecondsPerDay = 86_400;
    private const double UsualOpenComplaints = 4.5;
    private const double UsualNewPerDay = 4.0;
    private const double UsualAgeDays = 4.3;

    public Task<IReadOnlyList<CategoryComplaints>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(at, timeZone).DateTime;
        var seconds = at.ToUnixTimeSeconds();
        return DemoReadings.PerName(
            settings.Categories, collectorId, (category, noise) => Generate(noise, category, local, seconds), cancellationToken);
    }

    private static CategoryComplaints Generate(DemoNoise noise, string category, DateTime local, long seconds)
    {
        var size = 0.6 + 0.8 * noise.Constant();
        var days = seconds / SecondsPerDay;
        var phase = Math.PI * noise.At(1);

        var dayNumber = DateOnly.FromDateTime(local).DayNumber;
        var newPerDay = UsualNewPerDay * size * WorkWeekRhythm.ArrivalFactor(local.DayOfWeek) * (1 + 0.3 * noise.At(dayNumber));
        var newToday = (int)Math.Floor(newPerDay * WorkWeekRhythm.ArrivedShareOfDay(local));

        var drift = 1 + 0.3 * Math.Sin(2 * Math.PI * days / 9 + phase);
        var backlog = UsualOpenComplaints * size * WorkWeekRhythm.BacklogFactor(local) * drift + 1.2 * noise.Smooth(seconds, 1800);
        var open = (int)Math.Round(Math.Max(0, backlog));

        var age = UsualAgeDays + 1.5 * (size - 0.6) + 1.2 * Math.Sin(2 * Math.PI * days / 13 + phase)
            + 0.3 * noise.Smooth(seconds + 7, 1200) + 0.05 * noise.At(seconds);
        var averageAge = open == 0 ? 0 : Math.Max(0.1, age);
        return new CategoryComplaints(category, open, newToday, averageAge);
    }
}
