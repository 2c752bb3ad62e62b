using System.Text.RegularExpressions;

namespace Dashboard.Sdk;

/// <summary>
/// The rules a plugin's declaration must follow (SDK 1.1). The host checks them when it loads a plugin and refuses the
/// plugin with these problems; the plugin test harness checks the same ones when it creates the plugin.
/// </summary>
public static partial class PluginRules
{
    /// <summary>
    /// Every problem with what <paramref name="plugin"/> declares: metrics (see <see cref="CheckMetrics"/>), at least one
    /// capability, a figure calculator beside a record capability, and a settings type the binder can create.
    /// </summary>
    public static IReadOnlyList<string> Check(IMetricPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var problems = new List<string>(CheckMetrics(plugin.Metrics));
        if (plugin is not (IScheduledCollector or IRecordReader or IPushReceiver))
        {
            problems.Add($"The plugin implements no capability; implement {nameof(IRecordReader)}, {nameof(IPushReceiver)} or {nameof(IScheduledCollector)}.");
        }

        if (plugin is IRecordReader or IPushReceiver && plugin is not IFigureCalculator)
        {
            problems.Add($"The plugin reads records but implements no {nameof(IFigureCalculator)}; records become figures only through it.");
        }

        var settingsType = plugin.SettingsType;
        if (settingsType is null || !settingsType.IsClass || settingsType.IsAbstract || settingsType.GetConstructor(Type.EmptyTypes) is null)
        {
            problems.Add($"The settings type {settingsType?.FullName ?? "null"} must be a class with a public parameterless constructor.");
        }

        return problems;
    }

    /// <summary>
    /// Every problem with <paramref name="metrics"/>: at least one; keys of lower case letters, digits and underscores,
    /// each declared once; a title; a unit (<c>""</c> for a plain count); a defined direction; a finite target.
    /// </summary>
    public static IReadOnlyList<string> CheckMetrics(IReadOnlyList<MetricDefinition>? metrics)
    {
        if (metrics is null || metrics.Count == 0)
        {
            return ["The plugin declares no metrics."];
        }

        var problems = new List<string>();
        foreach (var metric in metrics)
        {
            if (metric is null)
            {
                problems.Add("A metric definition is null.");
                continue;
            }

            problems.AddRange(CheckMetric(metric));
        }

        problems.AddRange(metrics
            .Where(metric => metric is not null)
            .GroupBy(metric => metric.Key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"Metric key '{group.Key}' is declared {group.Count()} times."));
        return problems;
    }

    private static IEnumerable<string> CheckMetric(MetricDefinition metric)
    {
        if (metric.Key is null || !MetricKeyPattern().IsMatch(metric.Key))
        {
            yield return $"Metric key '{metric.Key}' must match ^[a-z0-9_]+$.";
        }

        if (string.IsNullOrWhiteSpace(metric.Title))
        {
            yield return $"Metric '{metric.Key}' has no title.";
        }

        if (metric.Unit is null)
        {
            yield return $"Metric '{metric.Key}' has a null unit; use \"\" for a plain count.";
        }

        if (!Enum.IsDefined(metric.Direction))
        {
            yield return $"Metric '{metric.Key}' has an undefined direction {(int)metric.Direction}.";
        }

        if (metric.Target is { } target && !double.IsFinite(target))
        {
            yield return $"Metric '{metric.Key}' has a target that is not a finite number.";
        }
    }

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MetricKeyPattern();
}
