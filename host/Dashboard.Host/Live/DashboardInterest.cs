using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;

namespace Dashboard.Host.Live;

/// <summary>
/// One dashboard's need of one collector: the exact series its single-value tiles show, and the metric-and-window
/// pairs of its breakdown tiles (bars, topList, servicePoints), whose entries are every dimension value.
/// </summary>
public sealed record DashboardInterest(string DashboardId, IReadOnlySet<string> Keys)
{
    public static string SeriesKey(string seriesKey) => "series:" + seriesKey;

    public static string BreakdownKey(string qualifiedMetricKey, string? window) => "breakdown:" + qualifiedMetricKey + "|" + window;

    public bool Wants(QualifiedSample sample) =>
        Keys.Contains(SeriesKey(sample.SeriesKey))
        || Keys.Contains(BreakdownKey(sample.MetricKey, sample.Dimensions.GetValueOrDefault(FigureSamples.WindowDimension)));
}
