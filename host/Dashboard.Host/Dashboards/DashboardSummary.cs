namespace Dashboard.Host.Dashboards;

/// <summary>A dashboard in the list: enough to pick one.</summary>
public sealed record DashboardSummary(string Id, string Title, int TileCount, bool Provisioned, string Origin, DateTimeOffset UpdatedAt);
