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

    /// <summary>Every update follows <see cref="RecordRules.CheckUpdate"/>; every problem names its source.</summary>
    public static IReadOnlyList<string> CheckBatch(RecordBatch? batch)
    {
        if (batch is null)
        {
            return ["The plugin returned a null batch; return an empty RecordBatch when there is nothing new."];
        }

        var problems = new List<string>();
        if (batch.Updates is null || batch.Problems is null)
        {
            problems.Add("RecordBatch.Updates and RecordBatch.Problems must not be null.");
            return problems;
        }

        problems.AddRange(batch.Updates.SelectMany(RecordRules.CheckUpdate));
        problems.AddRange(batch.Problems
            .Where(problem => problem is null || string.IsNullOrWhiteSpace(problem.Source) || string.IsNullOrWhiteSpace(problem.Message))
            .Select(_ => "An input problem is null or has no source or message; name the file or request and say what is wrong."));
        return problems;
    }

    /// <summary>
    /// Every figure names a declared metric; a figure in the <see cref="FigureState.Value"/> state has a finite value
    /// and one in another state has none; dimensions are not blank; no two figures share metric and dimensions.
    /// </summary>
    public static IReadOnlyList<string> CheckFigures(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<Figure>? figures)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (figures is null)
        {
            return ["Compute returned null; return an empty list when there is nothing to report."];
        }

        var declared = metrics.Select(metric => metric.Key).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                problems.Add("A figure is null.");
                continue;
            }

            var label = Describe(figure.MetricKey, figure.Dimensions);
            if (!declared.Contains(figure.MetricKey))
            {
                problems.Add($"{label} refers to an undeclared metric.");
            }

            if (figure.State == FigureState.Value && figure.Value is not { } value)
            {
                problems.Add($"{label} is in the Value state without a value.");
            }
            else if (figure.State == FigureState.Value && !double.IsFinite(figure.Value!.Value))
            {
                problems.Add($"{label} has the value {figure.Value.Value.ToString(CultureInfo.InvariantCulture)}, which is not finite.");
            }
            else if (figure.State != FigureState.Value && figure.Value is not null)
            {
                problems.Add($"{label} is {figure.State} but carries a value; only Value figures have one.");
            }

            if (!Enum.IsDefined(figure.State))
            {
                problems.Add($"{label} has an undefined state {(int)figure.State}.");
            }

            if (figure.Dimensions?.Any(pair => string.IsNullOrWhiteSpace(pair.Key) || string.IsNullOrWhiteSpace(pair.Value)) == true)
            {
                problems.Add($"{label} has a blank dimension name or value.");
            }

            if (!seen.Add(label))
            {
                problems.Add($"{label} appears twice.");
            }
        }

        return problems;
    }

    private static string Describe(string metricKey, IReadOnlyDictionary<string, string>? dimensions) =>
        dimensions is { Count: > 0 }
            ? $"Figure '{metricKey}' [{string.Join(", ", dimensions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"))}]"
            : $"Figure '{metricKey}'";

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
