using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>Customer satisfaction and response counts per feedback channel, plus overall values.</summary>
public sealed class FeedbackPlugin : IMetricPlugin, IScheduledCollector
{
    private static readonly NamedListCollector<FeedbackSettings, FeedbackSource, ChannelFeedback> Collector = new(
        new() { [FeedbackSource.Demo] = (settings, timeZone) => new DemoFeedbackSource(settings, timeZone) },
        ChannelFeedback.Samples,
        "Feedback from {Source} source at {Timestamp}: {ChannelCount} channels, {SampleCount} samples");

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => FeedbackMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(FeedbackSettings);

    /// <inheritdoc />
    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Collector.CollectAsync(context, cancellationToken);
}
