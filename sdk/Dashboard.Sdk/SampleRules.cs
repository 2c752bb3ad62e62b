using System.Globalization;

namespace Dashboard.Sdk;

/// <summary>
/// The rules every sample an <see cref="IScheduledCollector"/> returns must follow (SDK 1.1). The host refuses a
/// collection that breaks them, storing none of its samples; the plugin test harness applies the same ones.
/// </summary>
public static class SampleRules
{
    /// <summary>
    /// Every problem with <paramref name="samples"/>: each names a declared metric, has a finite value and a timestamp,
    /// and has no blank dimension name or value (a wall could not show it); no two share metric, dimensions and
    /// timestamp (the store keeps one value per series and instant, so the other would be lost without a word).
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricSample>? samples)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (samples is null)
        {
            return ["CollectAsync returned null; return an empty list when there is nothing to report."];
        }

        var declared = metrics.Select(metric => metric.Key).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in samples)
        {
            if (sample is null)
            {
                problems.Add("A sample is null.");
                continue;
            }

            var label = Describe(sample);
            if (!declared.Contains(sample.MetricKey))
            {
                problems.Add($"{label} refers to an undeclared metric.");
            }

            if (!double.IsFinite(sample.Value))
            {
                problems.Add($"{label} has the value {sample.Value.ToString(CultureInfo.InvariantCulture)}, which is not finite.");
            }

            if (sample.Timestamp == default)
            {
                problems.Add($"{label} has no timestamp.");
            }

            if (sample.Dimensions?.Any(pair => string.IsNullOrWhiteSpace(pair.Key) || string.IsNullOrWhiteSpace(pair.Value)) == true)
            {
                problems.Add($"{label} has a blank dimension name or value.");
            }

            if (!seen.Add($"{label}@{sample.Timestamp.UtcTicks}"))
            {
                problems.Add($"{label} appears twice at {sample.Timestamp:O}.");
            }
        }

        return problems;
    }

    private static string Describe(MetricSample sample) =>
        sample.Dimensions is { Count: > 0 }
            ? $"Sample '{sample.MetricKey}' [{string.Join(", ", sample.Dimensions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"))}]"
            : $"Sample '{sample.MetricKey}'";
}
