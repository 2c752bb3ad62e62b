using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Reads an answer's time. ISO 8601 date and time (<c>T</c> or a space between, seconds and fractions optional). A time
/// with an offset or Z is that instant; a time without one is local time in the collector's time zone. A local time that
/// falls in the hour a daylight-saving change skips is moved forward by the gap (02:30 on a night the clocks jump from
/// 02:00 to 03:00 reads as 03:30); one that happens twice when the clocks go back is read as the first occurrence (the
/// daylight-saving one). Both rules are deterministic, so the same input always gives the same instant.
/// </summary>
internal static partial class AnswerTimes
{
    /// <summary>How a time must look, for error messages. Years outside 1900-9000 are refused as typing errors.</summary>
    public const string Expected = "an ISO 8601 time such as 2026-03-02T10:15:00 (local) or 2026-03-02T08:15:00Z";

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
    ];

    /// <summary>The instant <paramref name="text"/> names; null when it is not a time of the accepted forms.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo timeZone, bool ignoreOffset)
    {
        var trimmed = text.Trim();
        var offset = OffsetSuffix().Match(trimmed);
        var local = offset.Success ? trimmed[..offset.Index] : trimmed;
        if (!DateTime.TryParseExact(local, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock)
            || wallClock.Year is < 1900 or > 9000)
        {
            return null;
        }

        if (!offset.Success || ignoreOffset)
        {
            return FromLocal(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), timeZone);
        }

        var given = ReadOffset(offset.Value);
        return given is { } span ? new DateTimeOffset(wallClock, span).ToUniversalTime() : null;
    }

    /// <summary>The instant of a wall-clock time in <paramref name="timeZone"/>, by the daylight-saving rules above.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock, TimeZoneInfo timeZone)
    {
        TimeSpan offset;
        if (timeZone.IsInvalidTime(wallClock))
        {
            // The offset in force before the skipped hour; a day earlier is before the change and after any earlier one.
            offset = timeZone.GetUtcOffset(wallClock.AddDays(-1));
        }
        else if (timeZone.IsAmbiguousTime(wallClock))
        {
            offset = timeZone.GetAmbiguousTimeOffsets(wallClock).Max();
        }
        else
        {
            offset = timeZone.GetUtcOffset(wallClock);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(wallClock - offset, DateTimeKind.Utc), TimeSpan.Zero);
    }

    private static TimeSpan? ReadOffset(string suffix)
    {
        if (suffix is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var sign = suffix[0] == '-' ? -1 : 1;
        var digits = suffix[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0);
        return minutes > 59 || offset > TimeSpan.FromHours(14) ? null : sign * offset;
    }

    [GeneratedRegex(@"(Z|z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
