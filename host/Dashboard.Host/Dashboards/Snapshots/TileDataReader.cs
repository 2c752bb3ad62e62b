using Dashboard.Host.Figures;
using Dashboard.Host.Metrics;

namespace Dashboard.Host.Dashboards.Snapshots;

/// <summary>Reads what one tile shows from the metric store: each series it needs once.</summary>
public sealed class TileDataReader(IMetricStore store, CollectorTiming timing)
{
    public static readonly TimeSpan TrendSpan = TimeSpan.FromHours(24);

    public const int MaxTrendPoints = 240;

    public const int DefaultLimit = 10;

    public TileData Read(TileDocument tile, CollectorSource? source, DateTimeOffset now)
    {
        var empty = new TileData(tile.Id!, tile.CollectorId, null, null, null, null, tile.Title ?? "", tile.Unit ?? "", tile.Direction, tile.Target, tile.Thresholds, null, null, null, null, null);
        if (!Widgets.ShowsData(tile.Widget ?? "") || tile.Metric is null)
        {
            return empty;
        }

        if (source is null)
        {
            return empty with { Problem = $"There is no collector '{tile.CollectorId}'." };
        }

        var metric = source.FindMetric(tile.Metric);
        if (metric is null && source.KnowsMetrics)
        {
            return empty with { Problem = $"Plugin '{source.Collector.PluginId}' has no metric '{tile.Metric}'." };
        }

        var series = TileSeries.Of(tile, source, tile.Metric);
        var resolved = empty with
        {
            MetricKey = series.MetricKey,
            SeriesKey = series.SeriesKey,
            Window = series.Window,
            WindowLabel = series.Window is null ? null : WindowSpec.Parse(series.Window).Describe(),
            Title = tile.Title ?? metric?.Title ?? tile.Metric,
            Unit = tile.Unit ?? metric?.Unit ?? "",
            Direction = tile.Direction ?? (metric is null ? null : TileDirections.Of(metric.Direction)),
            Target = tile.Target ?? metric?.Target,
        };
        if (Widgets.ShowsBreakdown(tile.Widget!))
        {
            return resolved with { Breakdown = ReadBreakdown(tile, source, series) };
        }

        var last = ToPoint(store.GetLastValue(series.SeriesKey));
        return resolved with
        {
            Last = last,
            Previous = tile.Comparison == TileDirections.PreviousPeriod && last is not null ? ReadPrevious(series, source, last.Timestamp) : null,
            Series = tile.Widget == Widgets.Trend ? store.GetRecent(series.SeriesKey, now - TrendSpan, MaxTrendPoints) : null,
        };
    }

    // The value one period before the last, or the newest shortly before that (a run may have come a little late).
    private SamplePoint? ReadPrevious(TileSeries series, CollectorSource source, DateTimeOffset lastAt)
    {
        var at = lastAt - series.Period;
        var tolerance = timing.IntervalOf(source.Collector) * 2;
        return store.GetSamples(series.SeriesKey, at - tolerance, at).LastOrDefault();
    }

    private List<BreakdownEntry> ReadBreakdown(TileDocument tile, CollectorSource source, TileSeries series)
    {
        var groupBy = tile.GroupBy ?? Widgets.DefaultServicePointDimension;
        var extras = (tile.Metrics ?? []).OfType<string>()
            .Select(metric => (metric, values: EntriesOf(TileSeries.Of(tile, source, metric), groupBy)))
            .ToList();
        var entries = EntriesOf(series, groupBy)
            .Select(pair => new BreakdownEntry(
                pair.Key,
                pair.Value.Id,
                ToPoint(pair.Value),
                extras.Count == 0 ? null : extras.ToDictionary(extra => extra.metric, extra => ToPoint(extra.values.GetValueOrDefault(pair.Key)))));
        var ordered = tile.Widget == Widgets.TopList
            ? entries.OrderByDescending(entry => entry.Last?.Value ?? double.MinValue).ThenBy(entry => entry.Name, StringComparer.CurrentCulture)
            : entries.OrderBy(entry => entry.Name, StringComparer.CurrentCulture);
        return ordered.Take(tile.Limit ?? (tile.Widget == Widgets.TopList ? DefaultLimit : TileValidator.MaxLimit)).ToList();
    }

    private Dictionary<string, LastValue> EntriesOf(TileSeries series, string groupBy) =>
        store.GetLastValuesOf(series.MetricKey)
            .Where(value => series.IsEntryOf(value.Dimensions, groupBy))
            .ToDictionary(value => value.Dimensions[groupBy], StringComparer.Ordinal);

    private static SamplePoint? ToPoint(LastValue? value) =>
        value is null ? null : new SamplePoint(new DateTimeOffset(value.UtcTicks, TimeSpan.Zero), value.Value, value.State, value.Basis);
}
