using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Sdk.Testing;

/// <summary>The checks the host makes on what a plugin declares and returns; each returns the problems found.</summary>
public static partial class PluginContractChecks
{
    /// <summary>
    /// Metric keys are non-empty lower case letters, digits and underscores and unique; titles are non-empty;
    /// units are not null; directions are defined; targets are finite.
    /// </summary>
    public static IReadOnlyList<string> CheckMetricDefinitions(IReadOnlyList<MetricDefinition>? metrics)
    {
        if (metrics is null || metrics.Count == 0)
        {
            return ["The plugin declares no metrics."];
        }

        var problems = new List<string>();
        foreach (var metric in metrics)
        {
            if (metric.Key is null || !MetricKeyPattern().IsMatch(metric.Key))
            {
                problems.Add($"Metric key '{metric.Key}' must match ^[a-z0-9_]+$.");
            }

            if (string.IsNullOrWhiteSpace(metric.Title))
            {
                problems.Add($"Metric '{metric.Key}' has no title.");
            }

            if (metric.Unit is null)
            {
                problems.Add($"Metric '{metric.Key}' has a null unit; use \"\" for a plain count.");
            }

            if (!Enum.IsDefined(metric.Direction))
            {
                problems.Add($"Metric '{metric.Key}' has an undefined direction {(int)metric.Direction}.");
            }

            if (metric.Target is { } target && !double.IsFinite(target))
            {
                problems.Add($"Metric '{metric.Key}' has a target that is not a finite number.");
            }
        }

        problems.AddRange(metrics
            .GroupBy(metric => metric.Key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"Metric key '{group.Key}' is declared {group.Count()} times."));
        return problems;
    }

    /// <summary>
    /// Every sample names a declared metric, has a finite value and a set timestamp, has no blank dimension names or
    /// values, and no two samples share metric, timestamp and dimensions (the store would keep only one).
    /// </summary>
    public static IReadOnlyList<string> CheckSamples(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricSample>? samples)
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
            var label = Describe(sample);
            if (sample is null)
            {
                problems.Add("A sample is null.");
                continue;
            }

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

    /// <summary>The host's rule for a batch: <see cref="RecordRules.CheckBatch"/>.</summary>
    public static IReadOnlyList<string> CheckBatch(RecordBatch? batch) => RecordRules.CheckBatch(batch);

    /// <summary>The host's rule for figures: <see cref="FigureRules.Check"/>.</summary>
    public static IReadOnlyList<string> CheckFigures(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<Figure>? figures) =>
        FigureRules.Check(metrics, figures);

    private static string Describe(MetricSample? sample)
    {
        if (sample is null)
        {
            return "null";
        }

        var dimensions = sample.Dimensions is { Count: > 0 }
            ? $" [{string.Join(", ", sample.Dimensions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"))}]"
            : string.Empty;
        return $"Sample '{sample.MetricKey}'{dimensions}";
    }

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MetricKeyPattern();
}
