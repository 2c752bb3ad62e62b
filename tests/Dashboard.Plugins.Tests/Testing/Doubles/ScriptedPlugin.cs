using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Testing.Doubles;

public sealed class ScriptedPlugin : IMetricPlugin, IScheduledCollector
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("visits", "Visits", "", MetricDirection.HigherIsBetter),
    ];

    public Type SettingsType => typeof(SampleSettings);

    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.GetSettings<ScriptedSettings>().Collect(context));
}
