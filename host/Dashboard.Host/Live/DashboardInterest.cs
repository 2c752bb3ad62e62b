using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;

namespace Dashboard.Host.Live;

/// <summary>One dashboard's need of one collector: the metric-and-window pairs its tiles show.</summary>
public sealed record DashboardInterest(string DashboardId, IReadOnlySet<string> Series)
{
    public static string Key(string qualifiedMetricKey, string? window) => qualifiedMetricKey + "|" + window;

    public bool Wants(QualifiedSample sample) =>
        Series.Contains(Key(sample.MetricKey, sample.Dimensions.GetValueOrDefault(FigureSamples.WindowDimension)));
}
