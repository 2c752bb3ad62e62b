namespace Dashboard.Host.Screens;

/// <summary>A new screen: where it hangs and which dashboards it may show.</summary>
public sealed record ScreenCreateRequest(string? Name, IReadOnlyList<string>? DashboardIds);
