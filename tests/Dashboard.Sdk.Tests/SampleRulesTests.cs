namespace Dashboard.Sdk.Tests;

/// <summary>The rule the host and the test kit share; the host used to accept blank dimensions and duplicates.</summary>
public sealed class SampleRulesTests
{
    private static readonly MetricDefinition[] Metrics = [new("visits", "Visits", "", MetricDirection.HigherIsBetter)];
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_BlankDimensionValue_IsAProblem()
    {
        MetricSample[] samples = [new("visits", Noon, 1, new Dictionary<string, string> { ["servicePoint"] = "" })];

        Assert.Equal(["Sample 'visits' [servicePoint=] has a blank dimension name or value."], SampleRules.Check(Metrics, samples));
    }

    [Fact]
    public void Check_SameSeriesAndInstantTwice_IsAProblem()
    {
        MetricSample[] samples = [new("visits", Noon, 1), new("visits", Noon, 2)];

        Assert.Equal(["Sample 'visits' appears twice at 2026-03-02T10:00:00.0000000+00:00."], SampleRules.Check(Metrics, samples));
    }

    [Fact]
    public void Check_SameSeriesAtTwoInstants_IsFine()
    {
        MetricSample[] samples = [new("visits", Noon, 1), new("visits", Noon.AddMinutes(1), 2)];

        Assert.Empty(SampleRules.Check(Metrics, samples));
    }
}
