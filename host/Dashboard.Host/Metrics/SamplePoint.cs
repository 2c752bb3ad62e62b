using Dashboard.Sdk;

namespace Dashboard.Host.Metrics;

/// <summary>A value at a time, as the API and the wall see it; a figure in another state than a value has none.</summary>
public sealed record SamplePoint(DateTimeOffset Timestamp, double? Value, FigureState State = FigureState.Value, int? Basis = null);
