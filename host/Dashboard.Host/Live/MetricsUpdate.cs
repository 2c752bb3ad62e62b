namespace Dashboard.Host.Live;

/// <summary>New last values of the metrics one wall shows.</summary>
public sealed record MetricsUpdate(string WallId, IReadOnlyList<LiveValue> Values);
