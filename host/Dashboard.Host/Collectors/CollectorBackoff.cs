using System.Globalization;

namespace Dashboard.Host.Collectors;

/// <summary>
/// How a failing collector backs off: after <see cref="FailuresBeforeBackoff"/> failures in a row its scheduled
/// triggers are skipped so that it runs at most every 2^k minutes, k = failures - 2 (3 failures: 2 min, 4: 4 min,
/// 5: 8 min, …), never less often than every <see cref="Longest"/>; the first success ends it. Run now always runs.
/// </summary>
public static class CollectorBackoff
{
    public const int FailuresBeforeBackoff = 3;

    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>Until when scheduled triggers are skipped after a run that started at <paramref name="startedAt"/>, or null.</summary>
    public static DateTimeOffset? Until(DateTimeOffset startedAt, int consecutiveFailures)
    {
        if (consecutiveFailures < FailuresBeforeBackoff)
        {
            return null;
        }

        // 2^6 = 64 minutes is past the cap already; the exponent stops there so it cannot overflow.
        var minutes = Math.Pow(2, Math.Min(consecutiveFailures - 2, 6));
        return startedAt + TimeSpan.FromMinutes(Math.Min(minutes, Longest.TotalMinutes));
    }

    /// <summary>What the admin reads while the collector backs off, e.g. "backing off until 04:12 (UTC) after 5 failures"; null when it does not.</summary>
    public static string? Describe(CollectorRun? run, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (run is not { BackoffUntilUtcTicks: { } until } || until <= now.UtcTicks)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(until, TimeSpan.Zero), zone);
        return string.Create(CultureInfo.InvariantCulture, $"backing off until {local:HH:mm} ({zone.Id}) after {run.ConsecutiveFailures} failures");
    }
}
