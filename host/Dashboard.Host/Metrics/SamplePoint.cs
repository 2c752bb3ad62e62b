namespace Dashboard.Host.Metrics;

/// <summary>A value at a time, as the API and the wall see it.</summary>
public sealed record SamplePoint(DateTimeOffset Timestamp, double Value);
