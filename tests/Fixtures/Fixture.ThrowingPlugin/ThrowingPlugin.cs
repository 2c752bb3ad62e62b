using Dashboard.Sdk;

namespace Fixture.ThrowingPlugin;

public sealed class ThrowingPlugin : IMetricPlugin
{
    public ThrowingPlugin() => throw new InvalidOperationException("The fixture refuses to start.");

    public IReadOnlyList<MetricDefinition> Metrics => [];
}
