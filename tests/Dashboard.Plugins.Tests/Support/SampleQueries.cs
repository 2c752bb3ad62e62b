using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.Support;

internal static class SampleQueries
{
    public static MetricSample Overall(this IReadOnlyList<MetricSample> samples, string metricKey) =>
        Assert.Single(samples, sample => sample.MetricKey == metricKey && sample.Dimensions is not { Count: > 0 });

    public static MetricSample For(this IReadOnlyList<MetricSample> samples, string metricKey, string dimension, string value) =>
        Assert.Single(samples, sample => sample.MetricKey == metricKey
            && sample.Dimensions is { Count: 1 } dimensions
            && dimensions.TryGetValue(dimension, out var actual)
            && actual == value);

    public static IReadOnlyList<MetricSample> PerDimension(this IReadOnlyList<MetricSample> samples, string metricKey) =>
        [.. samples.Where(sample => sample.MetricKey == metricKey && sample.Dimensions is { Count: > 0 })];

    public static IReadOnlyList<double> Values(this IReadOnlyList<MetricSample> samples) =>
        [.. samples.Select(sample => sample.Value)];
}
