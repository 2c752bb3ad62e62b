using Dashboard.Plugins.Shared;
using Dashboard.Sdk;

namespace Dashboard.Plugins.ComplaintTrends;

/// <summary>Open complaints, new complaints today and the age of open complaints per category, plus overall values.</summary>
public sealed class ComplaintTrendsPlugin : IMetricPlugin, IScheduledCollector
{
    private static readonly NamedListCollector<ComplaintTrendsSettings, ComplaintSource, CategoryComplaints> Collector = new(
        new() { [ComplaintSource.Demo] = (settings, timeZone) => new DemoComplaintSource(settings, timeZone) },
        CategoryComplaints.Samples,
        "Complaint trends from {Source} source at {Timestamp}: {CategoryCount} categories, {SampleCount} samples");

    /// <inheritdoc />
    public IReadOnlyList<MetricDefinition> Metrics => ComplaintMetrics.All;

    /// <inheritdoc />
    public Type SettingsType => typeof(ComplaintTrendsSettings);

    /// <inheritdoc />
    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Collector.CollectAsync(context, cancellationToken);
}
