namespace Dashboard.Host.Screens;

/// <summary>A paired screen's token and where to go.</summary>
public sealed record PairResponse(string Token, IReadOnlyList<string> DashboardIds, string Link);
