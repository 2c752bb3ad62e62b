using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>Waiting times and queue lengths per service point, plus overall values.</summary>
public sealed class QueueTimesPlugin : IMetricPlugin, IScheduledCollector
{
    private static readonly NamedListCollector<QueueTimesSettings, QueueSource, ServicePointQueue> Collector = new(
        new() { [QueueSource.Demo] = (settings, timeZone) => new DemoQueueSource(settings, timeZone) },
        ServicePointQueue.Samples,
        "Queue times from {Source} source at {Timestamp}: {ServicePointCount} service points, {SampleCount} samples");

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => QueueMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(QueueTimesSettings);

    /// <inheritdoc />
    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Collector.CollectAsync(context, cancellationToken);
}
