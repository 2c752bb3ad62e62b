using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

public sealed class QueueTimesPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("wait_minutes", "Average wait", "min", MetricDirection.LowerIsBetter, 20),
    ];
}
