using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Support;

/// <summary>How a metric's overall sample follows from its per-dimension samples of the same collection.</summary>
public sealed record OverallRule
{
    private OverallRule(string metric, Func<IReadOnlyList<MetricSample>, double> expected, int? precision)
    {
        Metric = metric;
        Expected = expected;
        Precision = precision;
    }

    public string Metric { get; }

    /// <summary>The overall value expected from all samples of one collection.</summary>
    public Func<IReadOnlyList<MetricSample>, double> Expected { get; }

    /// <summary>Decimal places that must agree for a weighted mean; null for sums and maxima, which must agree exactly.</summary>
    public int? Precision { get; }

    public static OverallRule Sum(string metric) =>
        new(metric, samples => samples.PerDimension(metric).Sum(sample => sample.Value), null);

    public static OverallRule Max(string metric) =>
        new(metric, samples => samples.PerDimension(metric).Max(sample => sample.Value), null);

    public static OverallRule WeightedMean(string metric, string weightMetric) =>
        new(metric, samples =>
        {
            var weights = samples.PerDimension(weightMetric);
            return weights.Zip(samples.PerDimension(metric), (weight, value) => weight.Value * value.Value).Sum() / weights.Sum(sample => sample.Value);
        }, 9);
}
