using System.Text;
using Dashboard.Plugins.QueueTimes.Input;
using Dashboard.Plugins.QueueTimes.QueueLog;
using Dashboard.Plugins.QueueTimes.Visits;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes.Sources;

/// <summary>
/// Reads a pushed body by its content type: visit events as JSON or NDJSON, visit events or a queue_log export as CSV
/// (told apart by the header), raw queue_log lines as plain text.
/// </summary>
internal static class PushReader
{
    /// <summary>The content types read.</summary>
    public static readonly IReadOnlyList<string> ContentTypes = ["application/json", "application/x-ndjson", "text/csv", "text/plain"];

    /// <summary>Parses <paramref name="input"/>; throws <see cref="InputException"/> when the whole body must be refused.</summary>
    public static RecordBatch Read(CollectContext context, PushedInput input)
    {
        var settings = context.GetSettings<QueueTimesSettings>();
        var tally = new InputTally();
        var source = input.SourceName;
        switch (input.ContentType)
        {
            case "application/json":
                VisitJsonParser.ParseJson(input.Body, source, context.TimeZone, tally);
                break;
            case "application/x-ndjson" or "application/ndjson":
                VisitJsonParser.ParseNdjson(input.Body, source, context.TimeZone, tally);
                break;
            case "text/csv":
                CsvInput.Read(CsvText.Whole(Encoding.UTF8.GetString(input.Body.Span)), source, tally, headers =>
                    QueueLogCsvParser.Fits(headers, settings.QueueLogColumns)
                        ? QueueLogCsvParser.RowReader(headers, settings.QueueLogColumns, source, settings.QueueLogZone(context.TimeZone), tally)
                        : VisitCsvParser.RowReader(headers, source, context.TimeZone, tally));
                break;
            case "text/plain":
                QueueLogTextParser.Parse(Encoding.UTF8.GetString(input.Body.Span), 1, source, tally);
                break;
            default:
                throw new InputException(new InputPlace(source).Problem(
                    null, $"Content type '{input.ContentType}' is not read; send {string.Join(", ", ContentTypes)}."));
        }

        tally.Log(context.Logger, source);
        return tally.ToBatch(null);
    }
}
