using Dashboard.Sdk;

namespace Dashboard.Host.Live;

/// <summary>A tile's new last value; <see cref="Value"/> is null when the figure is closed, has too few data or none.</summary>
public sealed record LiveValue(string MetricKey, DateTimeOffset Timestamp, double? Value, FigureState State, int? Basis);
