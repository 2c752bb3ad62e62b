using System.Text.Json.Serialization;
using Dashboard.Sdk;

namespace Dashboard.Host.Live;

/// <summary>
/// A series' new last value. <see cref="SeriesKey"/> matches a tile's or a breakdown entry's series in the snapshot;
/// <see cref="Dimensions"/> (with the window) place a new entry in a bars, topList or servicePoints tile.
/// </summary>
/// <remarks>
/// Every push goes to every screen of a dashboard, so its bytes are multiplied by the screens: a missing value or basis
/// is left out rather than sent as null, and the usual state <see cref="FigureState.Value"/> is left out too (the wall
/// reads an absent state as a value). A 20-tile update then fits one 4 KB buffer and one WebSocket frame.
/// </remarks>
public sealed record LiveFigure(
    string SeriesKey,
    string MetricKey,
    IReadOnlyDictionary<string, string> Dimensions,
    DateTimeOffset Timestamp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] FigureState State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Basis);
