using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Sdk;

/// <summary>
/// How a window id becomes a <see cref="FigureWindow"/> (SDK 1.1), the rule the host uses for a collector's windows and
/// the test harness for a plugin's tests: <c>today</c> runs from local midnight to now, <c>&lt;n&gt;m</c> and
/// <c>&lt;n&gt;h</c> are the last n minutes or hours, <c>&lt;n&gt;d</c> runs from local midnight n-1 days ago to now.
/// Local days are taken in the collector's time zone, so a day with a daylight-saving change is 23 or 25 hours long.
/// </summary>
public static partial class FigureWindows
{
    /// <summary>The id of the window from local midnight to now.</summary>
    public const string Today = "today";

    /// <summary>The longest window accepted, so a figure never asks for more records than are kept.</summary>
    public static readonly TimeSpan LongestSpan = TimeSpan.FromDays(366);

    /// <summary>Why <paramref name="id"/> is not a window id, in words for an admin; null when it is one.</summary>
    public static string? Check(string? id)
    {
        if (id == Today)
        {
            return null;
        }

        if (!TryParseRolling(id, out var count, out var unit))
        {
            return $"'{id}' is not a window; use 'today', minutes such as '60m', hours such as '8h' or days such as '7d'.";
        }

        var span = unit switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            _ => TimeSpan.FromDays(count),
        };
        return span > LongestSpan ? $"'{id}' is longer than {LongestSpan.TotalDays:0} days." : null;
    }

    /// <summary>The window <paramref name="id"/> ending at <paramref name="now"/>, local days taken in <paramref name="timeZone"/>.</summary>
    /// <exception cref="FormatException"><paramref name="id"/> is not a window id (see <see cref="Check"/>).</exception>
    public static FigureWindow At(string id, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (Check(id) is { } error)
        {
            throw new FormatException(error);
        }

        var (count, unit) = id == Today ? (1, 'd') : ParseRolling(id);
        var from = unit switch
        {
            'm' => now.AddMinutes(-count),
            'h' => now.AddHours(-count),
            _ => LocalMidnight(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime).AddDays(1 - count), timeZone),
        };
        return new FigureWindow { Id = id, From = from.ToUniversalTime(), To = now.ToUniversalTime(), TimeZone = timeZone };
    }

    private static (int Count, char Unit) ParseRolling(string id) =>
        TryParseRolling(id, out var count, out var unit) ? (count, unit) : throw new FormatException(Check(id));

    private static bool TryParseRolling(string? id, out int count, out char unit)
    {
        count = 0;
        unit = default;
        var match = id is null ? null : RollingPattern().Match(id);
        if (match is not { Success: true } || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1)
        {
            return false;
        }

        unit = match.Groups[2].Value[0];
        return true;
    }

    /// <summary>
    /// The instant a local day begins, with the offset in force at that midnight. Where a zone skips midnight itself,
    /// the day begins at the first local time after the gap; where midnight happens twice, at the first of them.
    /// </summary>
    private static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max() : zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset);
    }

    [GeneratedRegex("^([0-9]{1,6})([mhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex RollingPattern();
}
