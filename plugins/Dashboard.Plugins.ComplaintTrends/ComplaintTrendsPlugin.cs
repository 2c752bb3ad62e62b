using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Open complaints, new complaints today and the age of open complaints per category, plus overall values.</summary>
public sealed class ComplaintTrendsPlugin : IMetricPlugin, IScheduledCollector
{
    private static readonly NamedListCollector<ComplaintTrendsSettings, ComplaintSource, CategoryComplaints> Collector = new(
        CreateSource,
        ComplaintSamples.Table,
        "Complaint trends from {Source} source at {Timestamp}: {CategoryCount} categories, {SampleCount} samples");

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => ComplaintMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(ComplaintTrendsSettings);

    /// <inheritdoc />
    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Collector.CollectAsync(context, cancellationToken);

    private static IReadingSource<CategoryComplaints> CreateSource(ComplaintTrendsSettings settings) => settings.Source switch
    {
        ComplaintSource.Demo => new DemoComplaintSource(settings, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)),
        _ => throw new InvalidOperationException($"Complaint source '{settings.Source}' is not supported by this version of the plugin."),
    };
}
