using System.Globalization;
using System.Text;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Feedback answers (four-button smileys, CSAT 1-5, NPS 0-10) as records, read from a CSV folder, a polled URL or the
/// demo terminal, or pushed as JSON, NDJSON or CSV; figures per window overall, per service point and per channel.
/// </summary>
public sealed class FeedbackPlugin : IMetricPlugin, IRecordReader, IPushReceiver, IFigureCalculator, IConnectionTester
{
    /// <summary>How far back the demo terminal starts on a collector's first read.</summary>
    public static readonly TimeSpan DemoFirstRead = TimeSpan.FromHours(6);

    /// <summary>The most the demo terminal catches up after a long pause.</summary>
    public static readonly TimeSpan DemoLongestCatchUp = TimeSpan.FromDays(7);

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        // The collector's timeout arrives as the cancellation token; the client must not cut a run short on its own.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => FeedbackMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(FeedbackSettings);

    /// <inheritdoc />
    public IReadOnlyList<string> AcceptedContentTypes { get; } = ["application/json", "application/x-ndjson", "text/csv"];

    /// <inheritdoc />
    public TimeSpan HistoryNeeded => FeedbackFigures.HistoryNeeded;

    /// <inheritdoc />
    public async Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<FeedbackSettings>();
        var now = context.Time.GetUtcNow();
        var batch = settings.Source switch
        {
            FeedbackSource.CsvFolder => await new CsvFolderReader(settings, new FeedbackCsvParser(settings, context.TimeZone))
                .ReadAsync(context.Checkpoint, now, cancellationToken).ConfigureAwait(false),
            FeedbackSource.JsonUrl => await new JsonUrlReader(settings, context.TimeZone, Http)
                .ReadAsync(context.Checkpoint, now, cancellationToken).ConfigureAwait(false),
            FeedbackSource.Push => new RecordBatch(),
            _ => ReadDemo(context, settings, now),
        };
        context.Logger.LogInformation(
            "Feedback from {Source}: {Answers} answers, {Problems} lines skipped",
            settings.Source, batch.Updates.Count, batch.Problems.Count);
        return batch;
    }

    /// <inheritdoc />
    /// <remarks>
    /// JSON: a body that is not valid JSON is refused whole; otherwise each array item stands alone. NDJSON and CSV:
    /// each line stands alone, except a CSV header without a required column, which refuses the body.
    /// </remarks>
    public Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = context.GetSettings<FeedbackSettings>();
        var answers = input.ContentType switch
        {
            "application/json" => new FeedbackJsonParser(settings, context.TimeZone).ParseDocument(Text(input.Body), input.SourceName),
            "application/x-ndjson" => new FeedbackJsonParser(settings, context.TimeZone).ParseLines(Text(input.Body), input.SourceName),
            "text/csv" => new FeedbackCsvParser(settings, context.TimeZone).Parse(input.Body, input.SourceName),
            _ => throw new InputException(new InputPlace(input.SourceName).Problem(
                null, $"Content type '{input.ContentType}' is not accepted; send {string.Join(", ", AcceptedContentTypes)}.")),
        };
        return Task.FromResult(new RecordBatch { Updates = answers.Updates, Problems = answers.Problems });
    }

    /// <inheritdoc />
    public IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(records);
        return FeedbackFigures.Compute(context.GetSettings<FeedbackSettings>(), window, records);
    }

    /// <inheritdoc />
    public async Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<FeedbackSettings>();
        return settings.Source switch
        {
            FeedbackSource.CsvFolder => new CsvFolderReader(settings, new FeedbackCsvParser(settings, context.TimeZone)).Check(),
            FeedbackSource.JsonUrl => await new JsonUrlReader(settings, context.TimeZone, Http)
                .CheckAsync(context.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false),
            FeedbackSource.Push => new() { Succeeded = true, Message = "Nothing to connect to: answers are pushed to the collector's ingest endpoint." },
            _ => new() { Succeeded = true, Message = "The demo terminal needs no connection." },
        };
    }

    private static RecordBatch ReadDemo(CollectContext context, FeedbackSettings settings, DateTimeOffset now)
    {
        var to = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / 60 * 60);
        var from = DateTimeOffset.TryParse(context.Checkpoint, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkpoint)
            ? checkpoint
            : to - DemoFirstRead;
        from = from < to - DemoLongestCatchUp ? to - DemoLongestCatchUp : from;
        if (from >= to)
        {
            return new RecordBatch();
        }

        var csv = new DemoTerminal(context.CollectorId, context.TimeZone, settings.OpensAt, settings.ClosesAt).Write(from, to);
        // The terminal writes the export's own column names, whatever columns the admin mapped for other sources.
        var demoSettings = new FeedbackSettings { ServicePointNames = settings.ServicePointNames };
        var answers = new FeedbackCsvParser(demoSettings, context.TimeZone).Parse(csv, $"demo terminal of collector {context.CollectorId}");
        return new RecordBatch
        {
            Updates = answers.Updates,
            Problems = answers.Problems,
            Checkpoint = to.ToString("O", CultureInfo.InvariantCulture),
        };
    }

    private static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.Span).TrimStart('\uFEFF');
}
