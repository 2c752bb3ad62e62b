namespace Dashboard.Host.Live;

public sealed record LiveValue(string MetricKey, DateTimeOffset Timestamp, double Value);
