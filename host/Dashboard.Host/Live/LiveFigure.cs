using Dashboard.Sdk;

namespace Dashboard.Host.Live;

/// <summary>
/// A series' new last value. <see cref="SeriesKey"/> matches a tile's or a breakdown entry's series in the snapshot;
/// <see cref="Dimensions"/> (with the window) place a new entry in a bars, topList or servicePoints tile.
/// </summary>
public sealed record LiveFigure(
    string SeriesKey,
    string MetricKey,
    IReadOnlyDictionary<string, string> Dimensions,
    DateTimeOffset Timestamp,
    double? Value,
    FigureState State,
    int? Basis);
