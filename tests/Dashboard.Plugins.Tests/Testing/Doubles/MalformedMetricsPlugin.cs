using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Testing.Doubles;

public sealed class MalformedMetricsPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("Wait-Minutes", "Average wait", "min", MetricDirection.LowerIsBetter),
    ];
}
