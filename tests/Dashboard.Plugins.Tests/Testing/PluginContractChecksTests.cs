using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.Testing;

public sealed class PluginContractChecksTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly MetricDefinition[] Metrics =
    [
        new("wait_minutes", "Average wait", "min", MetricDirection.LowerIsBetter, 15),
        new("visits", "Visits", "", MetricDirection.HigherIsBetter),
    ];

    [Fact]
    public void CheckMetricDefinitions_WellFormed_FindsNothing()
    {
        Assert.Empty(PluginContractChecks.CheckMetricDefinitions(Metrics));
    }

    [Fact]
    public void CheckMetricDefinitions_NoMetrics_SaysSo()
    {
        Assert.Equal(["The plugin declares no metrics."], PluginContractChecks.CheckMetricDefinitions([]));
    }

    [Fact]
    public void CheckMetricDefinitions_Malformed_ReportsEveryProblem()
    {
        MetricDefinition[] metrics =
        [
            new("Wait-Minutes", "Average wait", "min", MetricDirection.LowerIsBetter),
            new("visits", " ", null!, (MetricDirection)7, double.NaN),
            new("visits", "Visits again", "", MetricDirection.HigherIsBetter),
        ];

        Assert.Equal(
            [
                "Metric key 'Wait-Minutes' must match ^[a-z0-9_]+$.",
                "Metric 'visits' has no title.",
                "Metric 'visits' has a null unit; use \"\" for a plain count.",
                "Metric 'visits' has an undefined direction 7.",
                "Metric 'visits' has a target that is not a finite number.",
                "Metric key 'visits' is declared 2 times.",
            ],
            PluginContractChecks.CheckMetricDefinitions(metrics));
    }

    [Fact]
    public void CheckSamples_OverallAndDimensionSamples_FindsNothing()
    {
        MetricSample[] samples =
        [
            new("visits", Noon, 12),
            new("visits", Noon, 5, new Dictionary<string, string> { ["servicePoint"] = "Library" }),
            new("visits", Noon, 7, new Dictionary<string, string> { ["servicePoint"] = "City hall" }),
            new("visits", Noon.AddMinutes(1), 13),
        ];

        Assert.Empty(PluginContractChecks.CheckSamples(Metrics, samples));
    }

    [Fact]
    public void CheckSamples_BrokenSamples_ReportsEveryProblem()
    {
        MetricSample[] samples =
        [
            new("queue", Noon, 1),
            new("visits", Noon, double.NaN),
            new("wait_minutes", Noon, double.PositiveInfinity, new Dictionary<string, string> { ["servicePoint"] = "Library" }),
            new("wait_minutes", default, 3),
            new("visits", Noon, 2, new Dictionary<string, string> { ["servicePoint"] = " " }),
            new("wait_minutes", Noon, 4, new Dictionary<string, string> { ["servicePoint"] = "Library" }),
        ];

        Assert.Equal(
            [
                "Sample 'queue' refers to an undeclared metric.",
                "Sample 'visits' has the value NaN, which is not finite.",
                "Sample 'wait_minutes' [servicePoint=Library] has the value Infinity, which is not finite.",
                "Sample 'wait_minutes' has no timestamp.",
                "Sample 'visits' [servicePoint= ] has a blank dimension name or value.",
                "Sample 'wait_minutes' [servicePoint=Library] appears twice at 2026-03-02T10:00:00.0000000+00:00.",
            ],
            PluginContractChecks.CheckSamples(Metrics, samples));
    }

    [Fact]
    public void CheckSamples_NullList_AsksForAnEmptyList()
    {
        var problem = Assert.Single(PluginContractChecks.CheckSamples(Metrics, null));

        Assert.Contains("return an empty list", problem, StringComparison.Ordinal);
    }
}
