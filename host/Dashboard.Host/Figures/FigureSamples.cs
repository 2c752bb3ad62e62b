using Dashboard.Host.Metrics;
using Dashboard.Sdk;

namespace Dashboard.Host.Figures;

/// <summary>Figures become samples: key qualified by the collector, the window as a dimension, stamped to the second.</summary>
public static class FigureSamples
{
    /// <summary>The dimension naming the window a figure was computed over; the host's, so a plugin may not use it.</summary>
    public const string WindowDimension = "window";

    /// <summary>
    /// When figures computed at <paramref name="to"/> are stored: truncated to the second, so recomputing within the
    /// same second replaces the sample rather than adding one.
    /// </summary>
    public static DateTimeOffset StoredAt(DateTimeOffset to) =>
        new(to.UtcTicks - (to.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public static QualifiedSample ToSample(string collectorId, FigureWindow window, Figure figure)
    {
        var dimensions = new Dictionary<string, string>(figure.Dimensions ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [WindowDimension] = window.Id,
        };
        return new QualifiedSample(collectorId, MetricKeys.Qualify(collectorId, figure.MetricKey), StoredAt(window.To), figure.Value, dimensions)
        {
            State = figure.State,
            Basis = figure.Basis,
        };
    }

    /// <summary>Figures that use the host's own window dimension, which would collide with the host's.</summary>
    public static IEnumerable<string> ReservedDimensionProblems(IReadOnlyList<Figure> figures) =>
        figures.Where(figure => figure.Dimensions?.ContainsKey(WindowDimension) == true)
            .Select(figure => $"Figure '{figure.MetricKey}' uses the dimension '{WindowDimension}', which the host sets itself.");
}
