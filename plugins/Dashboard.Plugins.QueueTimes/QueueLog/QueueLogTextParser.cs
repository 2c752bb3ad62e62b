using Dashboard.Plugins.QueueTimes.Input;

namespace Dashboard.Plugins.QueueTimes.QueueLog;

/// <summary>
/// Reads the queue_log file form, one event per line: <c>epoch|callid|queue|agent|EVENT|param1|param2|...</c>.
/// Blank lines and CRLF line ends are tolerated; a line with fewer than five fields or a time that is not Unix
/// seconds is skipped with its line number.
/// </summary>
internal static class QueueLogTextParser
{
    private const int FixedFields = 5;

    /// <summary>Reads <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of <paramref name="source"/>.</summary>
    public static void Parse(string text, int firstLine, string source, InputTally tally)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var place = new InputPlace(source, firstLine + index);
            var fields = line.Split('|');
            if (fields.Length < FixedFields)
            {
                tally.Skip(place.Problem(null, $"Expected at least {FixedFields} fields separated by '|' (time|callid|queue|agent|event); found {fields.Length}."));
            }
            else if (!EventTimes.TryParseUnixSeconds(fields[0], out var time))
            {
                tally.Skip(place.Problem("time", $"'{Shorten(fields[0])}' is not a time; expected Unix seconds such as 1772434800."));
            }
            else
            {
                QueueLogMapper.Read(new QueueLogEvent(time, fields[1], fields[2], fields[3], fields[4]), place, tally);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
