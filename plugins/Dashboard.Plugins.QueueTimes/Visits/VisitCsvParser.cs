using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Visits;

/// <summary>
/// Reads visit events as CSV, one event per row, columns found by header name (<see cref="VisitFields"/>) in any order;
/// extra columns are ignored. A header without an event, time or visit id column refuses the whole file.
/// </summary>
internal static class VisitCsvParser
{
    /// <summary>Reads <paramref name="text"/> row by row.</summary>
    public static void Parse(CsvText text, string source, TimeZoneInfo zone, InputTally tally) =>
        CsvInput.Read(text, source, tally, headers => RowReader(headers, source, zone, tally));

    /// <summary>What to do with each row under <paramref name="headers"/>; throws <see cref="InputException"/> when required columns are missing.</summary>
    public static Action<CsvRow> RowReader(IReadOnlyList<string> headers, string source, TimeZoneInfo zone, InputTally tally)
    {
        var columns = new Dictionary<string[], int>
        {
            [VisitFields.Event] = CsvInput.IndexOf(headers, VisitFields.Event),
            [VisitFields.Time] = CsvInput.IndexOf(headers, VisitFields.Time),
            [VisitFields.VisitId] = CsvInput.IndexOf(headers, VisitFields.VisitId),
            [VisitFields.Ticket] = CsvInput.IndexOf(headers, VisitFields.Ticket),
            [VisitFields.ServicePoint] = CsvInput.IndexOf(headers, VisitFields.ServicePoint),
            [VisitFields.Counter] = CsvInput.IndexOf(headers, VisitFields.Counter),
            [VisitFields.Service] = CsvInput.IndexOf(headers, VisitFields.Service),
            [VisitFields.Queue] = CsvInput.IndexOf(headers, VisitFields.Queue),
        };
        var missing = new[] { ("eventName", VisitFields.Event), ("eventTime", VisitFields.Time), ("visitId", VisitFields.VisitId) }
            .Where(required => columns[required.Item2] < 0)
            .Select(required => required.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InputException(new InputPlace(source, 1).Problem(
                missing[0],
                $"The header has no column for {string.Join(", ", missing)}; it has: {string.Join(", ", headers)}. See docs/plugins/queue-times.md for the names read."));
        }

        return row => VisitEventReader.Read(names => row.Get(columns[names]), row.Place, zone, tally);
    }
}
