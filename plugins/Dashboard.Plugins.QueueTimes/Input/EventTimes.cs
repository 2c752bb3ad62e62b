using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>Reads the event times the sources write: ISO 8601 with or without an offset, or Unix time.</summary>
internal static partial class EventTimes
{
    /// <summary>What a time field must hold, for error messages.</summary>
    public const string Expected =
        "expected a date and time such as 2026-03-02T09:15:00+02:00 or 2026-03-02 09:15:00 (local time), or Unix seconds";

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    private const decimal FirstUnixSecond = 946_684_800m; // 2000-01-01: older times are typing errors, not queue events
    private const decimal LastUnixSecond = 4_102_444_800m; // 2100-01-01
    private const decimal MillisecondsFactor = 1000m;

    /// <summary>
    /// Reads <paramref name="text"/>: a time with <c>Z</c> or an offset (<c>+02:00</c>, <c>+0200</c>, <c>+02</c>) is
    /// exact; one without is local time in <paramref name="zone"/>; a number is Unix seconds (milliseconds when it is
    /// too large to be seconds).
    /// </summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromUnix(number >= LastUnixSecond ? number / MillisecondsFactor : number, out time);
        }

        var match = IsoPattern().Match(trimmed);
        if (!match.Success || !DateTime.TryParseExact(
                match.Groups["local"].Value.Replace('t', 'T'), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || local.Year is < 1971 or > 9998)
        {
            return false;
        }

        var offset = match.Groups["offset"];
        if (!offset.Success)
        {
            time = FromLocal(local, zone);
            return true;
        }

        if (!TryReadOffset(offset.Value, out var span))
        {
            return false;
        }

        time = new DateTimeOffset(local, span);
        return true;
    }

    /// <summary>Reads Unix seconds with an optional fraction, as queue_log writes them.</summary>
    public static bool TryParseUnixSeconds(string? text, out DateTimeOffset time)
    {
        time = default;
        return decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            && TryFromUnix(seconds, out time);
    }

    /// <summary>
    /// The instant a local wall-clock time stands for in <paramref name="zone"/>. A time in the hour skipped when clocks
    /// go forward is read an hour later; a time in the hour repeated when they go back is read as its first occurrence
    /// (summer time), as the feedback and complaint plugins read it.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    private static bool TryFromUnix(decimal seconds, out DateTimeOffset time)
    {
        time = default;
        if (seconds < FirstUnixSecond || seconds >= LastUnixSecond)
        {
            return false;
        }

        time = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static bool TryReadOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    // [0-9], not \d: \d also matches other scripts' digits, which the invariant number parsers refuse.
    [GeneratedRegex(@"^(?<local>[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?)\s*(?<offset>[Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
