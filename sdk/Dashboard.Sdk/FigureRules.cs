using System.Globalization;

namespace Dashboard.Sdk;

/// <summary>
/// The rules every figure must follow. The host applies them before storing figures, and the plugin test harness
/// applies the same ones.
/// </summary>
public static class FigureRules
{
    /// <summary>
    /// Every figure names a declared metric; a figure in the <see cref="FigureState.Value"/> state has a finite value
    /// and one in another state has none; dimensions are not blank; no two figures share metric and dimensions.
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<Figure>? figures)
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
}
