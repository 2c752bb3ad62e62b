namespace Dashboard.Plugins.Shared;

/// <summary>How one metric comes out of per-name readings.</summary>
/// <param name="MetricKey">The metric the samples report.</param>
/// <param name="Value">The metric's value for one name.</param>
/// <param name="Overall">The metric's overall value across all names (never called with no readings).</param>
internal sealed record SampleColumn<TReading>(
    string MetricKey,
    Func<TReading, double> Value,
    Func<IReadOnlyList<TReading>, double> Overall);
