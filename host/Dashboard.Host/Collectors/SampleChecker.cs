using Dashboard.Host.Metrics;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>Refuses a plugin's batch that names an undeclared metric or carries a value that is not a number.</summary>
public static class SampleChecker
{
    public static CollectionOutcome Check(Collector collector, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricSample>? samples, TimeSpan duration)
    {
        if (samples is null)
        {
            return new CollectionOutcome([], $"Plugin '{collector.PluginId}' returned null instead of a list of samples.", duration);
        }

        var declared = metrics.Select(metric => metric.Key).ToHashSet(StringComparer.Ordinal);
        var qualified = new List<QualifiedSample>(samples.Count);
        foreach (var sample in samples)
        {
            if (sample is null || !declared.Contains(sample.MetricKey))
            {
                return new CollectionOutcome([], $"Plugin '{collector.PluginId}' returned a sample of undeclared metric '{sample?.MetricKey}'; declared: {string.Join(", ", declared)}.", duration);
            }

            if (!double.IsFinite(sample.Value))
            {
                return new CollectionOutcome([], $"Plugin '{collector.PluginId}' returned {sample.Value} for '{sample.MetricKey}' at {sample.Timestamp:O}; values must be finite numbers.", duration);
            }

            qualified.Add(new QualifiedSample(
                collector.Id,
                MetricKeys.Qualify(collector.Id, sample.MetricKey),
                sample.Timestamp.ToUniversalTime(),
                sample.Value,
                sample.Dimensions ?? new Dictionary<string, string>()));
        }

        return new CollectionOutcome(qualified, null, duration);
    }
}
