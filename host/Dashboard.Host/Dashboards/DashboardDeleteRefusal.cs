namespace Dashboard.Host.Dashboards;

/// <summary>Why a dashboard was not deleted, with the HTTP status that says so.</summary>
public sealed record DashboardDeleteRefusal(int StatusCode, string Message);
