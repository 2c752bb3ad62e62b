using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Figures compared by metric, value, state, basis and dimensions' contents.</summary>
internal sealed class FigureComparer : IEqualityComparer<Figure>
{
    public static readonly FigureComparer Instance = new();

    public bool Equals(Figure? x, Figure? y) =>
        x is not null && y is not null
        && (x.MetricKey, x.Value, x.State, x.Basis) == (y.MetricKey, y.Value, y.State, y.Basis)
        && Describe(x.Dimensions) == Describe(y.Dimensions);

    public int GetHashCode(Figure obj) => HashCode.Combine(obj.MetricKey, Describe(obj.Dimensions));

    private static string Describe(IReadOnlyDictionary<string, string>? dimensions) =>
        dimensions is null ? string.Empty : string.Join(",", dimensions.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
}
