using Dashboard.Sdk;
using Fixture.DependencyLibrary;

namespace Fixture.MissingDependencyPlugin;

public sealed class MissingDependencyPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("greeting", Greeting.Title, "", MetricDirection.HigherIsBetter),
    ];
}
