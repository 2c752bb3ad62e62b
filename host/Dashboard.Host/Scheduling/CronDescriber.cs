using System.Globalization;

namespace Dashboard.Host.Scheduling;

/// <summary>
/// Describes in plain English the cron forms admins use: every N seconds or minutes, hourly at, daily at, weekdays,
/// hour ranges, day and month lists. Anything else is "Custom schedule: &lt;expr&gt;".
/// </summary>
/// <remarks>
/// CronExpressionDescriptor, the kept library for this, is not on this environment's package feed, so this small
/// describer covers the common forms. It only describes: Cronos parses and computes the next runs, so a wrong
/// description can never change when a collector runs.
/// </remarks>
public static class CronDescriber
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Describe(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length switch
        {
            5 => DescribeFields("0", fields[0], fields[1], fields[2], fields[3], fields[4]),
            6 => DescribeFields(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]),
            _ => null,
        } ?? Custom(cron);
    }

    private static string Custom(string cron) => $"Custom schedule: {cron.Trim()}";

    private static string? DescribeFields(string second, string minute, string hour, string dayOfMonth, string month, string dayOfWeek)
    {
        var parts = new[] { second, minute, hour, dayOfMonth, month, dayOfWeek }.Select(Normalise).ToArray();
        if (parts.Any(part => part is null))
        {
            return null;
        }

        (second, minute, hour, dayOfMonth, month, dayOfWeek) = (parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!);

        // Cron fires when either day field matches if both are restricted; that reads badly in words.
        if (dayOfMonth != "*" && dayOfWeek != "*")
        {
            return null;
        }

        var time = DescribeTime(second, minute, hour);
        if (time is null)
        {
            return null;
        }

        var days = DescribeDays(dayOfMonth, dayOfWeek);
        var months = DescribeMonths(month);
        if (days is null || months is null)
        {
            return null;
        }

        var daily = days.Length == 0 && months.Length == 0 && time.StartsWith("at ", StringComparison.Ordinal);
        var text = (daily ? "daily " : "") + time + days + months;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    // '?' means the same as '*' in the day fields; anything with letters or L/W/# is left to the custom form.
    private static string? Normalise(string field)
    {
        var value = field == "?" ? "*" : field;
        return value.All(character => char.IsAsciiDigit(character) || character is '*' or '/' or ',' or '-') ? value : null;
    }

    private static string? DescribeTime(string second, string minute, string hour)
    {
        if (second != "0")
        {
            return minute == "*" && hour == "*" ? Every(second, "second") : null;
        }

        if (Every(minute, "minute") is { } everyMinutes)
        {
            return hour == "*" ? everyMinutes : HourRange(hour) is { } range ? $"{everyMinutes} {range}" : null;
        }

        if (!IsNumber(minute, 59))
        {
            return MinuteList(minute, hour);
        }

        var minuteValue = int.Parse(minute, CultureInfo.InvariantCulture);
        if (hour == "*")
        {
            return $"every hour at :{minuteValue:00}";
        }

        if (Step(hour) is { } hourStep)
        {
            return $"every {hourStep} hours at :{minuteValue:00}";
        }

        // A plain range of hours reads as a span ("from 07:00 to 16:59"), a list as the times themselves.
        if (hour.Contains('-', StringComparison.Ordinal) && !hour.Contains(',', StringComparison.Ordinal))
        {
            return HourRange(hour) is { } hourRange ? $"every hour at :{minuteValue:00} {hourRange}" : null;
        }

        return Numbers(hour, 23) is { } hours ? "at " + JoinWords(hours.Select(value => $"{value:00}:{minuteValue:00}").ToList()) : null;
    }

    private static string? MinuteList(string minute, string hour) =>
        Numbers(minute, 59) is { Count: > 1 } minutes && hour == "*"
            ? $"every hour at minutes {JoinWords(minutes.Select(value => value.ToString(CultureInfo.InvariantCulture)).ToList())}"
            : null;

    private static string? Every(string field, string unit)
    {
        if (field == "*")
        {
            return $"every {unit}";
        }

        return Step(field) is { } step ? $"every {step} {unit}s" : null;
    }

    // "*/5" or "0/5": a step from the start of the field.
    private static int? Step(string field)
    {
        var slash = field.Split('/');
        return slash.Length == 2 && slash[0] is "*" or "0" && int.TryParse(slash[1], CultureInfo.InvariantCulture, out var step) && step > 0 ? step : null;
    }

    private static string? HourRange(string hour)
    {
        if (IsNumber(hour, 23))
        {
            var single = int.Parse(hour, CultureInfo.InvariantCulture);
            return $"from {single:00}:00 to {single:00}:59";
        }

        var range = hour.Split('-');
        return range.Length == 2 && IsNumber(range[0], 23) && IsNumber(range[1], 23)
            ? $"from {int.Parse(range[0], CultureInfo.InvariantCulture):00}:00 to {int.Parse(range[1], CultureInfo.InvariantCulture):00}:59"
            : null;
    }

    private static string? DescribeDays(string dayOfMonth, string dayOfWeek)
    {
        if (dayOfMonth != "*")
        {
            return Numbers(dayOfMonth, 31) is { } days && !days.Contains(0)
                ? (days.Count == 1 ? $" on day {days[0]} of the month" : $" on days {JoinWords(days.Select(day => day.ToString(CultureInfo.InvariantCulture)).ToList())} of the month")
                : null;
        }

        if (dayOfWeek == "*")
        {
            return "";
        }

        if (Numbers(dayOfWeek, 7) is not { } weekdays)
        {
            return null;
        }

        var distinct = weekdays.Select(day => day % 7).Distinct().Order().ToList();
        if (distinct.SequenceEqual([1, 2, 3, 4, 5]))
        {
            return " on weekdays";
        }

        if (distinct.SequenceEqual([0, 6]))
        {
            return " on weekends";
        }

        // A range reads as "Monday to Thursday"; anything else as a list.
        var range = dayOfWeek.Contains(',', StringComparison.Ordinal) ? [] : dayOfWeek.Split('-');
        return range.Length == 2
            ? $" on {DayNames[int.Parse(range[0], CultureInfo.InvariantCulture)]} to {DayNames[int.Parse(range[1], CultureInfo.InvariantCulture)]}"
            : " on " + JoinWords(weekdays.Select(day => DayNames[day]).ToList());
    }

    private static string? DescribeMonths(string month)
    {
        if (month == "*")
        {
            return "";
        }

        return Numbers(month, 12) is { } months && !months.Contains(0)
            ? " in " + JoinWords(months.Select(value => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(value)).ToList())
            : null;
    }

    private static bool IsNumber(string field, int max) =>
        field.Length > 0 && field.All(char.IsAsciiDigit) && int.TryParse(field, CultureInfo.InvariantCulture, out var value) && value <= max;

    // A list of numbers and ranges ("1,3,5" or "1-5" or "8-10,14"), expanded in order; null for anything else.
    private static List<int>? Numbers(string field, int max)
    {
        var values = new List<int>();
        foreach (var item in field.Split(','))
        {
            var range = item.Split('-');
            if (range.Length > 2 || !range.All(bound => IsNumber(bound, max)))
            {
                return null;
            }

            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = int.Parse(range[^1], CultureInfo.InvariantCulture);
            if (to < from)
            {
                return null;
            }

            values.AddRange(Enumerable.Range(from, to - from + 1));
        }

        return values;
    }

    private static string JoinWords(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
}
