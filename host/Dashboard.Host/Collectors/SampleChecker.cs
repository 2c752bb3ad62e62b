using Dashboard.Host.Metrics;
using Dashboard.Sdk;

namespace Dashboard.Host.Collectors;

/// <summary>
/// Refuses a plugin's samples that break the SDK's rule (<see cref="SampleRules"/>, the one the test harness applies):
/// none of them are stored, and the run's error lists the first problems.
/// </summary>
public static class SampleChecker
{
    private const int ProblemsShown = 5;

    public static CollectionOutcome Check(Collector collector, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricSample>? samples, TimeSpan duration)
    {
        var problems = SampleRules.Check(metrics, samples);
        if (problems.Count > 0)
        {
            return new CollectionOutcome([], $"Plugin '{collector.PluginId}' returned samples that break the rules, so none were stored: {string.Join(" ", problems.Take(ProblemsShown))}", duration);
        }

        var qualified = samples!.Select(sample => new QualifiedSample(
                collector.Id,
                MetricKeys.Qualify(collector.Id, sample.MetricKey),
                sample.Timestamp.ToUniversalTime(),
                sample.Value,
                sample.Dimensions ?? new Dictionary<string, string>()))
            .ToList();
        return new CollectionOutcome(qualified, null, duration);
    }
}
