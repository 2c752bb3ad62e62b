using System.Text.Json.Serialization;

namespace Dashboard.Host.Dashboards;

/// <summary>
/// One tile of a dashboard: where it stands on the grid, which widget draws it and, for a data widget, which metric of
/// which collector it shows, narrowed by dimensions and with its own title, target and thresholds overriding the
/// plugin's defaults.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TileDocument
{
    public string? Id { get; init; }

    /// <summary>One of <see cref="Widgets.All"/>.</summary>
    public string? Widget { get; init; }

    public int? X { get; init; }

    public int? Y { get; init; }

    public int? W { get; init; }

    public int? H { get; init; }

    public string? Title { get; init; }

    public string? CollectorId { get; init; }

    /// <summary>The plugin's metric key, e.g. <c>wait_minutes</c>; the host qualifies it with the collector.</summary>
    public string? Metric { get; init; }

    /// <summary>One of the collector's windows; missing means its first.</summary>
    public string? Window { get; init; }

    /// <summary>A filter such as <c>{ "servicePoint": "Library" }</c>; missing means the overall figure.</summary>
    public IReadOnlyDictionary<string, string?>? Dimensions { get; init; }

    /// <summary>The dimension a bars, topList or servicePoints tile shows one entry per value of.</summary>
    public string? GroupBy { get; init; }

    /// <summary>More metrics a servicePoints tile shows per point beside <see cref="Metric"/>, e.g. the longest wait.</summary>
    public IReadOnlyList<string?>? Metrics { get; init; }

    public string? Unit { get; init; }

    public double? Target { get; init; }

    public TileThresholds? Thresholds { get; init; }

    /// <summary><c>lowerIsBetter</c> or <c>higherIsBetter</c>; missing means the metric's.</summary>
    public string? Direction { get; init; }

    /// <summary><c>previousPeriod</c> or <c>none</c>; missing means none.</summary>
    public string? Comparison { get; init; }

    /// <summary>How many entries a topList or bars tile shows.</summary>
    public int? Limit { get; init; }

    /// <summary>What a text tile says.</summary>
    public string? Text { get; init; }
}
