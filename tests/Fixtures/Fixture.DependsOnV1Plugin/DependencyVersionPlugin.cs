using Dashboard.Sdk;
using Fixture.VersionedLibrary;

namespace Fixture.DependsOnVersion;

/// <summary>Reports the major version of the Fixture.VersionedLibrary its own load context resolved.</summary>
public sealed class DependencyVersionPlugin : IMetricPlugin, IScheduledCollector
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } =
    [
        new("library_major", "Major version of the library this plugin loaded", "", MetricDirection.HigherIsBetter),
    ];

    public Type SettingsType => typeof(DependencyVersionSettings);

    public Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<MetricSample> samples = [new("library_major", context.Time.GetUtcNow(), LibraryInfo.Major)];
        return Task.FromResult(samples);
    }
}
