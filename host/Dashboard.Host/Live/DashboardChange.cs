namespace Dashboard.Host.Live;

/// <summary>A dashboard a screen shows changed; the screen reads it again. <see cref="Kind"/> is one of <see cref="DashboardChangeKinds"/>.</summary>
public sealed record DashboardChange(string DashboardId, string Kind);
