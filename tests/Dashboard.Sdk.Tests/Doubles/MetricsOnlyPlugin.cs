namespace Dashboard.Sdk.Tests.Doubles;

/// <summary>Declares metrics and nothing it can do.</summary>
public sealed class MetricsOnlyPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } = [new("visits", "Visits", "", MetricDirection.HigherIsBetter)];
}
