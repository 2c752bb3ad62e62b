using Dashboard.Sdk;

namespace Fixture.FutureSdkPlugin;

public sealed class FutureSdkPlugin : IMetricPlugin
{
    public IReadOnlyList<MetricDefinition> Metrics => [];
}
