using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Sdk;

namespace Dashboard.Host.Figures;

/// <summary>
/// One of a collector's windows as an admin writes it: <c>today</c> (local midnight to now), <c>&lt;n&gt;m</c> and
/// <c>&lt;n&gt;h</c> (rolling), <c>&lt;n&gt;d</c> (local midnight n-1 days ago to now).
/// </summary>
public sealed partial record WindowSpec(string Id, WindowUnit Unit, int Count)
{
    public const string Today = "today";

    /// <summary>The longest window accepted, so a figure never asks for more records than are kept.</summary>
    public static readonly TimeSpan LongestSpan = TimeSpan.FromDays(366);

    /// <summary>A stored window, validated when it was saved.</summary>
    public static WindowSpec Parse(string id) => TryParse(id, out var error) ?? throw new FormatException(error);

    public static WindowSpec? TryParse(string? text, out string? error)
    {
        error = null;
        if (text == Today)
        {
            return new WindowSpec(Today, WindowUnit.Today, 1);
        }

        var match = text is null ? null : RollingPattern().Match(text);
        if (match is not { Success: true } || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            error = $"'{text}' is not a window; use 'today', minutes such as '60m', hours such as '8h' or days such as '7d'.";
            return null;
        }

        var unit = match.Groups[2].Value switch
        {
            "m" => WindowUnit.Minutes,
            "h" => WindowUnit.Hours,
            _ => WindowUnit.Days,
        };
        var spec = new WindowSpec(text!, unit, count);
        if (spec.NominalSpan > LongestSpan)
        {
            error = $"'{text}' is longer than {LongestSpan.TotalDays:0} days.";
            return null;
        }

        return spec;
    }

    /// <summary>The window ending at <paramref name="now"/>, with local days taken in <paramref name="zone"/>.</summary>
    public FigureWindow At(DateTimeOffset now, TimeZoneInfo zone)
    {
        var from = Unit switch
        {
            WindowUnit.Minutes => now.AddMinutes(-Count),
            WindowUnit.Hours => now.AddHours(-Count),
            _ => LocalMidnight(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(1 - Count), zone),
        };
        return new FigureWindow { Id = Id, From = from.ToUniversalTime(), To = now.ToUniversalTime(), TimeZone = zone };
    }

    /// <summary>How the wall names the window under a tile, e.g. "today", "last 60 min", "last 7 days".</summary>
    public string Describe() => Unit switch
    {
        WindowUnit.Today => "today",
        WindowUnit.Minutes => $"last {Count} min",
        WindowUnit.Hours => Count == 1 ? "last hour" : $"last {Count} h",
        _ => Count == 1 ? "today" : $"last {Count} days",
    };

    private TimeSpan NominalSpan => Unit switch
    {
        WindowUnit.Minutes => TimeSpan.FromMinutes(Count),
        WindowUnit.Hours => TimeSpan.FromHours(Count),
        _ => TimeSpan.FromDays(Count),
    };

    /// <summary>
    /// The instant a local day begins, with the offset in force at that midnight, so a day with a daylight-saving
    /// change is 23 or 25 hours long. Where a zone skips midnight itself, the day begins at the first local time after
    /// the gap; where midnight happens twice, at the first of them.
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

    [GeneratedRegex("^([0-9]{1,6})([mhd])$")]
    private static partial Regex RollingPattern();
}
