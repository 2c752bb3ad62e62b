using Dashboard.Sdk;

namespace Dashboard.Host.Metrics;

public sealed record LastValueResponse(
    string MetricKey,
    string CollectorId,
    IReadOnlyDictionary<string, string> Dimensions,
    DateTimeOffset Timestamp,
    double? Value,
    FigureState State,
    int? Basis);
