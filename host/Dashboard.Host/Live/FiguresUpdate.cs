namespace Dashboard.Host.Live;

/// <summary>A collector's new values that one dashboard shows: the series of its tiles' metrics and windows.</summary>
public sealed record FiguresUpdate(string DashboardId, string CollectorId, IReadOnlyList<LiveFigure> Values);
