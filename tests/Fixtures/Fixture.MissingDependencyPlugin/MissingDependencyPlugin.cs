using Dashboard.Sdk;
using Fixture.DependencyLibrary;

namespace Fixture.MissingDependencyPlugin;

public sealed class MissingDependencyPlugin : IMetricPlugin, IScheduledCollector
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("greeting", Greeting.Title, "", MetricDirection.HigherIsBetter),
    ];

    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MetricSample>>([]);
}
