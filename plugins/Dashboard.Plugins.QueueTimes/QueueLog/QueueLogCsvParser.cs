using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.QueueLog;

/// <summary>
/// Reads a CSV export of the queue_log database table, columns found by the names in <see cref="QueueLogColumns"/>
/// (case and surrounding spaces ignored), extra columns ignored. The time is a date and time (local in the collector's
/// time zone unless it has an offset) or Unix seconds. A header without a time, call id, queue or event column refuses
/// the whole file.
/// </summary>
internal static class QueueLogCsvParser
{
    /// <summary>Reads <paramref name="text"/> row by row.</summary>
    public static void Parse(CsvText text, QueueLogColumns columns, string source, TimeZoneInfo zone, InputTally tally) =>
        CsvInput.Read(text, source, tally, headers => RowReader(headers, columns, source, zone, tally));

    /// <summary>What to do with each row under <paramref name="headers"/>; throws <see cref="InputException"/> when required columns are missing.</summary>
    public static Action<CsvRow> RowReader(IReadOnlyList<string> headers, QueueLogColumns columns, string source, TimeZoneInfo zone, InputTally tally)
    {
        int Find(string name) => headers.ToList().FindIndex(header => header.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

        var required = new[] { ("time", columns.Time), ("callId", columns.CallId), ("queue", columns.Queue), ("event", columns.Event) };
        var missing = required.FirstOrDefault(column => Find(column.Item2) < 0);
        if (missing.Item2 is not null)
        {
            throw new InputException(new InputPlace(source, 1).Problem(
                missing.Item2,
                $"The header has no column '{missing.Item2}' (setting queueLogColumns.{missing.Item1}); it has: {string.Join(", ", headers)}."));
        }

        var (time, callId, queue, agent, eventType) = (Find(columns.Time), Find(columns.CallId), Find(columns.Queue), Find(columns.Agent), Find(columns.Event));
        return row =>
        {
            var timeText = row.Get(time);
            if (!EventTimes.TryParse(timeText, zone, out var at))
            {
                tally.Skip(row.Place.Problem(columns.Time, timeText is null ? $"No time; {EventTimes.Expected}." : $"'{timeText}' is not a time; {EventTimes.Expected}."));
                return;
            }

            var logEvent = new QueueLogEvent(at, row.Get(callId) ?? string.Empty, row.Get(queue) ?? string.Empty, row.Get(agent) ?? string.Empty, row.Get(eventType) ?? string.Empty);
            QueueLogMapper.Read(logEvent, row.Place, tally);
        };
    }

    /// <summary>Whether <paramref name="headers"/> hold the call id and event columns of a queue_log export.</summary>
    public static bool Fits(IReadOnlyList<string> headers, QueueLogColumns columns) =>
        headers.Any(header => header.Equals(columns.CallId.Trim(), StringComparison.OrdinalIgnoreCase))
        && headers.Any(header => header.Equals(columns.Event.Trim(), StringComparison.OrdinalIgnoreCase));
}
