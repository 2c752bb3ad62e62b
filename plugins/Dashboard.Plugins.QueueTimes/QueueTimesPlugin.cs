using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>Waiting times and queue lengths per service point, plus overall values.</summary>
public sealed class QueueTimesPlugin : IMetricPlugin, IScheduledCollector
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => QueueMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(QueueTimesSettings);

    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = context.GetSettings<QueueTimesSettings>();
        var now = context.Time.GetUtcNow();
        var timestamp = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        var readings = await CreateSource(settings).ReadAsync(context.CollectorId, timestamp, cancellationToken).ConfigureAwait(false);
        var samples = QueueSampleBuilder.Build(readings, timestamp);
        context.Logger.LogDebug(
            "Queue times from {Source} source at {Timestamp}: {ServicePointCount} service points, {SampleCount} samples",
            settings.Source, timestamp, readings.Count, samples.Count);
        return samples;
    }

    private static IQueueSource CreateSource(QueueTimesSettings settings) => settings.Source switch
    {
        QueueSource.Demo => new DemoQueueSource(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)),
        _ => throw new InvalidOperationException($"Queue source '{settings.Source}' is not supported by this version of the plugin."),
    };
}
