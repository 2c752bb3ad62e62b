using Dashboard.Plugins.QueueTimes.Demo;
using Dashboard.Plugins.QueueTimes.Figures;
using Dashboard.Plugins.QueueTimes.Sources;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>
/// Queue times from visits at service points (a queue-management system's events, pushed as JSON or read from CSV)
/// and from phone queues (Asterisk's queue_log file or its CSV export): one record per visit and per call, figures over
/// windows per service point, per queue and overall.
/// </summary>
public sealed class QueueTimesPlugin : IMetricPlugin, IRecordReader, IPushReceiver, IFigureCalculator, IConnectionTester
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => QueueMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(QueueTimesSettings);

    /// <inheritdoc />
    public IReadOnlyList<string> AcceptedContentTypes => PushReader.ContentTypes;

    /// <inheritdoc />
    public async Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.GetSettings<QueueTimesSettings>();
        return settings.Source switch
        {
            QueueSource.QueueLogFile => await FileSources.QueueLogFileAsync(context, settings, cancellationToken),
            QueueSource.QueueLogCsv => await FileSources.QueueLogCsvAsync(context, settings, cancellationToken),
            QueueSource.VisitsCsvFolder => await FileSources.VisitsFolderAsync(context, settings, cancellationToken),
            QueueSource.Push => new RecordBatch(),
            _ => DemoSource.Read(context, settings),
        };
    }

    /// <inheritdoc />
    public Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(PushReader.Read(context, input));
    }

    /// <inheritdoc />
    public IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(records);
        return QueueFigureCalculator.Compute(context.GetSettings<QueueTimesSettings>(), window, records);
    }

    /// <inheritdoc />
    public Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ConnectionTests.TestAsync(context.GetSettings<QueueTimesSettings>(), cancellationToken);
    }
}
