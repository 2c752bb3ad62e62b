namespace Dashboard.Host.Metrics;

public sealed record SamplesResponse(
    string MetricKey,
    IReadOnlyDictionary<string, string> Dimensions,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<SamplePoint> Samples);
