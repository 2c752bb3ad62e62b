using Dashboard.Host.Figures;
using Dashboard.Sdk;
using static Dashboard.Host.Dashboards.DashboardValidator;

namespace Dashboard.Host.Dashboards;

/// <summary>Checks what a data tile shows: collector, metric, window, dimensions, grouping, target, thresholds.</summary>
public static class TileDataValidator
{
    public static void Validate(TileDocument tile, string path, Func<string, CollectorSource?> lookup, bool requireKnownCollectors, ValidationErrors errors)
    {
        var source = CheckCollector(tile, path, lookup, requireKnownCollectors, errors);
        var metric = CheckMetric(tile.Metric, path + ".metric", source, errors);
        if (tile.Metrics is { } extra)
        {
            if (tile.Widget != Widgets.ServicePoints)
            {
                errors.Add(path + ".metrics", "must be left out: only a servicePoints tile shows more metrics per point.");
            }

            for (var index = 0; index < extra.Count; index++)
            {
                CheckMetric(extra[index], $"{path}.metrics[{index}]", source, errors);
            }
        }

        TileValidator.CheckWindowSyntax(tile.Window, path, errors);
        if (tile.Window is not null && source is { KnowsMetrics: true })
        {
            if (!source.HasWindows)
            {
                errors.Add(path + ".window", $"must be left out: collector '{source.Collector.Id}' keeps no windows (its plugin returns samples).");
            }
            else if (!source.Collector.Windows.Contains(tile.Window))
            {
                errors.Add(path + ".window", $"must be one of collector '{source.Collector.Id}''s windows ({string.Join(", ", source.Collector.Windows)}); was '{tile.Window}'.");
            }
        }

        CheckDimensions(tile, path, errors);
        CheckPresentation(tile, path, metric, errors);
    }

    private static CollectorSource? CheckCollector(TileDocument tile, string path, Func<string, CollectorSource?> lookup, bool requireKnownCollectors, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(tile.CollectorId))
        {
            errors.Add(path + ".collectorId", $"must name a collector for a {tile.Widget} tile; was {Shown(tile.CollectorId)}.");
            return null;
        }

        var source = lookup(tile.CollectorId);
        if (source is null && requireKnownCollectors)
        {
            errors.Add(path + ".collectorId", $"must name an existing collector; there is no collector '{tile.CollectorId}'.");
        }

        return source;
    }

    private static MetricDefinition? CheckMetric(string? key, string path, CollectorSource? source, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(path, $"must name a metric of the collector's plugin; was {Shown(key)}.");
            return null;
        }

        if (source is not { KnowsMetrics: true })
        {
            return null;
        }

        var metric = source.FindMetric(key);
        if (metric is null)
        {
            errors.Add(path, $"must be a metric of plugin '{source.Collector.PluginId}' ({string.Join(", ", source.Plugin!.Metrics.Select(known => known.Key))}); was '{key}'.");
        }

        return metric;
    }

    private static void CheckDimensions(TileDocument tile, string path, ValidationErrors errors)
    {
        foreach (var (name, value) in tile.Dimensions ?? new Dictionary<string, string?>())
        {
            if (name == FigureSamples.WindowDimension)
            {
                errors.Add($"{path}.dimensions.{name}", "must be left out: choose the window with the tile's 'window'.");
            }
            else if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{path}.dimensions.{name}", $"must be a dimension name with a value, e.g. \"servicePoint\": \"Library\"; was {Shown(value)}.");
            }
        }

        var breakdown = Widgets.ShowsBreakdown(tile.Widget!);
        if (!breakdown && tile.GroupBy is not null)
        {
            errors.Add(path + ".groupBy", $"must be left out: only bars, topList and servicePoints tiles show one entry per value; this is a {tile.Widget} tile.");
        }
        else if (breakdown && tile.Widget != Widgets.ServicePoints && string.IsNullOrWhiteSpace(tile.GroupBy))
        {
            errors.Add(path + ".groupBy", $"must name the dimension a {tile.Widget} tile shows one entry per value of, e.g. 'servicePoint' or 'category'; was {Shown(tile.GroupBy)}.");
        }
        else if (tile.GroupBy is { } groupBy && tile.Dimensions?.ContainsKey(groupBy) == true)
        {
            errors.Add(path + ".groupBy", $"must not also be a filter in dimensions; '{groupBy}' is both.");
        }

        if (tile.Limit is { } limit && (!breakdown || limit is < 1 or > TileValidator.MaxLimit))
        {
            errors.Add(path + ".limit", breakdown
                ? $"must be between 1 and {TileValidator.MaxLimit}; was {limit}."
                : $"must be left out: only bars, topList and servicePoints tiles have a limit; this is a {tile.Widget} tile.");
        }
    }

    private static void CheckPresentation(TileDocument tile, string path, MetricDefinition? metric, ValidationErrors errors)
    {
        if (tile.Unit is { Length: > TileValidator.MaxUnitLength })
        {
            errors.Add(path + ".unit", $"must be at most {TileValidator.MaxUnitLength} characters; was {Shown(tile.Unit)}.");
        }

        if (tile.Direction is { } named && !TileDirections.Directions.Contains(named))
        {
            errors.Add(path + ".direction", $"must be one of {string.Join(", ", TileDirections.Directions)}; was '{named}'.");
        }

        if (tile.Comparison is { } comparison && !TileDirections.Comparisons.Contains(comparison))
        {
            errors.Add(path + ".comparison", $"must be one of {string.Join(", ", TileDirections.Comparisons)}; was '{comparison}'.");
        }

        CheckFinite(tile.Target, path + ".target", errors);
        if (tile.Thresholds is not { } thresholds)
        {
            return;
        }

        CheckFinite(thresholds.Warning, path + ".thresholds.warning", errors);
        CheckFinite(thresholds.Critical, path + ".thresholds.critical", errors);
        var direction = tile.Direction ?? (metric is null ? null : TileDirections.Of(metric.Direction));
        var lowerIsBetter = direction == TileDirections.LowerIsBetter;
        var higherIsBetter = direction == TileDirections.HigherIsBetter;
        if (thresholds is { Warning: { } warning, Critical: { } critical }
            && ((lowerIsBetter && warning > critical) || (higherIsBetter && warning < critical)))
        {
            errors.Add(path + ".thresholds.critical", lowerIsBetter
                ? $"must be at least warning ({warning}) where lower is better; was {critical}."
                : $"must be at most warning ({warning}) where higher is better; was {critical}.");
        }
    }

    private static void CheckFinite(double? value, string path, ValidationErrors errors)
    {
        if (value is { } number && !double.IsFinite(number))
        {
            errors.Add(path, $"must be a finite number; was {number}.");
        }
    }
}
