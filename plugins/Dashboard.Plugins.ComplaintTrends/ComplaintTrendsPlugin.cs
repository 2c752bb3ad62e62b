using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Open complaints, new complaints today and the age of open complaints per category, plus overall values.</summary>
public sealed class ComplaintTrendsPlugin : IMetricPlugin, IScheduledCollector
{
    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => ComplaintMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(ComplaintTrendsSettings);

    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = context.GetSettings<ComplaintTrendsSettings>();
        var now = context.Time.GetUtcNow();
        var timestamp = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        var readings = await CreateSource(settings).ReadAsync(context.CollectorId, timestamp, cancellationToken).ConfigureAwait(false);
        var samples = ComplaintSampleBuilder.Build(readings, timestamp);
        context.Logger.LogDebug(
            "Complaint trends from {Source} source at {Timestamp}: {CategoryCount} categories, {SampleCount} samples",
            settings.Source, timestamp, readings.Count, samples.Count);
        return samples;
    }

    private static IComplaintSource CreateSource(ComplaintTrendsSettings settings) => settings.Source switch
    {
        ComplaintSource.Demo => new DemoComplaintSource(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)),
        _ => throw new InvalidOperationException($"Complaint source '{settings.Source}' is not supported by this version of the plugin."),
    };
}
