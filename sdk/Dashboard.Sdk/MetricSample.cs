namespace Dashboard.Sdk;

/// <summary>One measured value of a metric at a point in time.</summary>
/// <param name="MetricKey">The <see cref="MetricDefinition.Key"/> this value belongs to.</param>
/// <param name="Timestamp">When the value was true; a re-collected value with the same timestamp replaces the old one.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Dimensions">Optional breakdown, e.g. <c>servicePoint = "Library"</c>; null or empty for the overall value.</param>
public sealed record MetricSample(
    string MetricKey,
    DateTimeOffset Timestamp,
    double Value,
    IReadOnlyDictionary<string, string>? Dimensions = null);
