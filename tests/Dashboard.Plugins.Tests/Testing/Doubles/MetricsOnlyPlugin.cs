using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Testing.Doubles;

public sealed class MetricsOnlyPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("visits", "Visits", "", MetricDirection.HigherIsBetter),
    ];
}
