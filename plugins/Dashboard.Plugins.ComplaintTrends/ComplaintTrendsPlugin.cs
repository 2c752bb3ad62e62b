using Dashboard.Plugins.ComplaintTrends.Csv;
using Dashboard.Plugins.ComplaintTrends.Demo;
using Dashboard.Plugins.ComplaintTrends.Figures;
using Dashboard.Plugins.ComplaintTrends.Open311;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>
/// Complaints as records, one per complaint (id = Open311 <c>service_request_id</c> or the export's id): read from an
/// Open311 GeoReport v2 server, a folder of CSV exports or the built-in simulated Open311 server, or pushed as CSV or
/// Open311 JSON; and figures over a window: new complaints, the open backlog by age, reaction and resolution times, the
/// share answered within the service promise, the change from a week earlier and the top categories.
/// </summary>
public sealed class ComplaintTrendsPlugin : IMetricPlugin, IRecordReader, IPushReceiver, IFigureCalculator, IConnectionTester
{
    private const string Csv = "text/csv";
    private const string Json = "application/json";

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => ComplaintMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(ComplaintTrendsSettings);

    /// <inheritdoc />
    public IReadOnlyList<string> AcceptedContentTypes { get; } = [Csv, Json];

    /// <inheritdoc />
    public TimeSpan HistoryNeeded => ComplaintFigureCalculator.HistoryNeeded;

    /// <inheritdoc />
    public Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<ComplaintTrendsSettings>();
        var now = context.Time.GetUtcNow();
        return settings.Source == ComplaintSource.CsvFolder
            ? new CsvFolderReader(settings, context.TimeZone, context.Logger).ReadAsync(context.Checkpoint, cancellationToken)
            : Poller(context, settings, now).PollAsync(context.Checkpoint, now, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = context.GetSettings<ComplaintTrendsSettings>();
        var (complaints, problems) = input.ContentType switch
        {
            Csv => Unpack(new ComplaintCsvParser(settings.CsvColumns, settings.CsvDelimiter[0], context.TimeZone).Parse(input.Body, input.SourceName)),
            Json => Unpack(Open311DocumentParser.Parse(input.Body, input.SourceName, context.TimeZone)),
            _ => throw new InputException(new InputProblem
            {
                Source = input.SourceName,
                Message = $"content type '{input.ContentType}' is not read; send {Csv} (a complaint export) or {Json} (an Open311 requests.json document)",
            }),
        };
        return Task.FromResult(new RecordBatch { Updates = [.. complaints.Select(complaint => complaint.ToUpdate())], Problems = problems });
    }

    /// <inheritdoc />
    public IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ComplaintFigureCalculator.Compute(context.GetSettings<ComplaintTrendsSettings>(), window, records);
    }

    /// <inheritdoc />
    public async Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<ComplaintTrendsSettings>();
        try
        {
            if (settings.Source == ComplaintSource.CsvFolder)
            {
                var files = new CsvFolderReader(settings, context.TimeZone, context.Logger).Files(settings.CsvFolder ?? string.Empty);
                return new ConnectionCheck
                {
                    Succeeded = true,
                    Message = $"Found {files.Count} files matching {settings.CsvFilePattern} in {settings.CsvFolder}.",
                };
            }

            var now = context.Time.GetUtcNow();
            var page = await Poller(context, settings, now).ProbeAsync(now, cancellationToken).ConfigureAwait(false);
            return new ConnectionCheck
            {
                Succeeded = true,
                Message = $"The {(settings.Source == ComplaintSource.Demo ? "demo " : "")}Open311 server answered with {page.ItemCount} service requests "
                    + $"of the last day ({page.Problems.Count} could not be read).",
            };
        }
        catch (Exception exception) when (exception is Open311ServerException or InputException or IOException or UnauthorizedAccessException)
        {
            return new ConnectionCheck { Succeeded = false, Message = exception.Message };
        }
    }

    private static Open311Poller Poller(CollectContext context, ComplaintTrendsSettings settings, DateTimeOffset now) =>
        settings.Source == ComplaintSource.Demo
            ? new Open311Poller(
                new DemoOpen311Server(context.CollectorId, context.TimeZone, now),
                settings,
                (DemoOpen311Server.BaseUrl, Open311Query.Updated),
                context.TimeZone,
                context.Logger)
            : new Open311Poller(
                new HttpOpen311Server(HttpOpen311Server.SharedClient, TimeSpan.FromSeconds(settings.TimeoutSeconds)),
                settings,
                (settings.BaseUrl ?? string.Empty, settings.Query),
                context.TimeZone,
                context.Logger);

    private static (IReadOnlyList<Complaint>, IReadOnlyList<InputProblem>) Unpack(CsvComplaints result) => (result.Complaints, result.Problems);

    private static (IReadOnlyList<Complaint>, IReadOnlyList<InputProblem>) Unpack(Open311Page page) => (page.Complaints, page.Problems);
}
