using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.Feedback;

/// <summary>Customer satisfaction and response counts per feedback channel, plus overall values.</summary>
public sealed class FeedbackPlugin : IMetricPlugin, IScheduledCollector
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => FeedbackMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(FeedbackSettings);

    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = context.GetSettings<FeedbackSettings>();
        var now = context.Time.GetUtcNow();
        var timestamp = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        var readings = await CreateSource(settings).ReadAsync(context.CollectorId, timestamp, cancellationToken).ConfigureAwait(false);
        var samples = FeedbackSampleBuilder.Build(readings, timestamp);
        context.Logger.LogDebug(
            "Feedback from {Source} source at {Timestamp}: {ChannelCount} channels, {SampleCount} samples",
            settings.Source, timestamp, readings.Count, samples.Count);
        return samples;
    }

    private static IFeedbackSource CreateSource(FeedbackSettings settings) => settings.Source switch
    {
        FeedbackSource.Demo => new DemoFeedbackSource(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)),
        _ => throw new InvalidOperationException($"Feedback source '{settings.Source}' is not supported by this version of the plugin."),
    };
}
