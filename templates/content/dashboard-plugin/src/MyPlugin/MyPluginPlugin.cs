using System.Globalization;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace MyPlugin;

/// <summary>
/// Reads tickets from a CSV file on the collector's schedule (from where the last read stopped) or from CSV pushed to
/// the collector's ingest endpoint, and computes how many arrived and how many are open.
/// </summary>
public sealed class MyPluginPlugin : IMetricPlugin, IRecordReader, IPushReceiver, IFigureCalculator, IConnectionTester
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => TicketFigures.Metrics;

    /// <inheritdoc />
    public Type SettingsType => typeof(MyPluginSettings);

    /// <inheritdoc />
    public IReadOnlyList<string> AcceptedContentTypes { get; } = ["text/csv"];

    /// <inheritdoc />
    public async Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken)
    {
        var path = context.GetSettings<MyPluginSettings>().Path!;
        var linesRead = context.Checkpoint is { } checkpoint ? long.Parse(checkpoint, CultureInfo.InvariantCulture) : 0;
        var csv = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        context.Logger.LogDebug("Reading {Path} after line {LinesRead}", path, linesRead);

        // Skipped lines go back in the batch's problems: the host keeps them with the run for the admin to see.
        return TicketCsv.Parse(csv, path, linesRead);
    }

    /// <inheritdoc />
    public Task<RecordBatch> ReceiveAsync(CollectContext context, PushedInput input, CancellationToken cancellationToken) =>
        Task.FromResult(TicketCsv.Parse(input.Body, input.SourceName) with { Checkpoint = null });

    /// <inheritdoc />
    public IReadOnlyList<Figure> Compute(CollectContext context, FigureWindow window, IReadOnlyList<SourceRecord> records) =>
        TicketFigures.Compute(window, records);

    /// <inheritdoc />
    public Task<ConnectionCheck> TestConnectionAsync(CollectContext context, CancellationToken cancellationToken)
    {
        var path = context.GetSettings<MyPluginSettings>().Path!;
        return Task.FromResult(File.Exists(path)
            ? new ConnectionCheck { Succeeded = true, Message = $"{path} can be read." }
            : new ConnectionCheck { Succeeded = false, Message = $"{path} does not exist or cannot be seen by the host." });
    }
}
