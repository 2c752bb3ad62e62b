using System.Globalization;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// Wall-clock times in a time zone. A local time that does not exist (the hour skipped when clocks go forward) is
/// moved forward by the skipped hour; one that exists twice (the hour repeated when clocks go back) is taken at its
/// first occurrence. So no hour is lost and none is counted twice.
/// </summary>
internal static class LocalTimes
{
    /// <summary>The earliest and latest years accepted in input; others are typing errors, not complaints.</summary>
    public const int FirstYear = 1970;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = 2999;

    /// <summary>What a time in input should look like, for error messages.</summary>
    public const string Expected =
        "expected ISO 8601 such as 2026-03-02T09:15:00+02:00 (a time without an offset is read in the collector's time zone)";

    // 'K' would also match no offset at all and then assume the server's own zone, so offsets are spelt out.
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss'Z'",
    ];

    private static readonly string[] WithoutOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy",
    ];

    /// <summary>
    /// Reads ISO 8601 with an offset (<c>Z</c> or <c>+02:00</c>), or a local time (ISO without offset, a date alone, or
    /// Finnish <c>2.3.2026 9:15</c>) in <paramref name="zone"/>.
    /// </summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            instant = withOffset;
        }
        else if (DateTime.TryParseExact(trimmed, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                 && local.Year is >= FirstYear and <= LastYear)
        {
            instant = ToInstant(local, zone);
        }
        else
        {
            return false;
        }

        return instant.Year is >= FirstYear and <= LastYear;
    }

    /// <summary>The instant of the wall-clock time <paramref name="local"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(wallClock))
        {
            // Skipped by clocks going forward: the offset before the jump moves the time forward by the jump.
            offset = Min(zone.GetUtcOffset(wallClock.AddHours(-3)), zone.GetUtcOffset(wallClock.AddHours(3)));
        }
        else if (zone.IsAmbiguousTime(wallClock))
        {
            offset = zone.GetAmbiguousTimeOffsets(wallClock).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(wallClock);
        }

        return new DateTimeOffset(wallClock.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The local calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant local <paramref name="date"/> begins.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone) => ToInstant(date.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The same wall-clock time <paramref name="days"/> local days away (negative for earlier).</summary>
    public static DateTimeOffset ShiftLocalDays(DateTimeOffset instant, int days, TimeZoneInfo zone) =>
        ToInstant(TimeZoneInfo.ConvertTime(instant, zone).DateTime.AddDays(days), zone);

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;
}
