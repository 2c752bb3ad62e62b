using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

internal static class FigureLookup
{
    /// <summary>The overall figure of <paramref name="metric"/>.</summary>
    public static Figure Overall(this IReadOnlyList<Figure> figures, string metric) =>
        Assert.Single(figures, figure => figure.MetricKey == metric && figure.Dimensions is not { Count: > 0 });

    /// <summary>The figure of <paramref name="metric"/> for one dimension value.</summary>
    public static Figure For(this IReadOnlyList<Figure> figures, string metric, string dimension, string value) =>
        Assert.Single(figures, figure => figure.MetricKey == metric && figure.Dimensions?.GetValueOrDefault(dimension) == value);
}
