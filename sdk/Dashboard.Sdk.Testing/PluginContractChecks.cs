namespace Dashboard.Sdk.Testing;

/// <summary>
/// The checks the host makes on what a plugin declares and returns, each the SDK's own rule (one implementation for
/// host and tests); each returns the problems found.
/// </summary>
public static class PluginContractChecks
{
    /// <summary>The host's rule for metric definitions: <see cref="PluginRules.CheckMetrics"/>.</summary>
    public static IReadOnlyList<string> CheckMetricDefinitions(IReadOnlyList<MetricDefinition>? metrics) => PluginRules.CheckMetrics(metrics);

    /// <summary>The host's rule for samples: <see cref="SampleRules.Check"/>.</summary>
    public static IReadOnlyList<string> CheckSamples(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricSample>? samples) =>
        SampleRules.Check(metrics, samples);

    /// <summary>The host's rule for a plugin's declaration (metrics, capabilities, settings type): <see cref="PluginRules.Check"/>.</summary>
    public static IReadOnlyList<string> CheckPlugin(IMetricPlugin plugin) => PluginRules.Check(plugin);

    /// <summary>The host's rule for a batch: <see cref="RecordRules.CheckBatch"/>.</summary>
    public static IReadOnlyList<string> CheckBatch(RecordBatch? batch) => RecordRules.CheckBatch(batch);

    /// <summary>The host's rule for figures: <see cref="FigureRules.Check"/>.</summary>
    public static IReadOnlyList<string> CheckFigures(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<Figure>? figures) =>
        FigureRules.Check(metrics, figures);
}
