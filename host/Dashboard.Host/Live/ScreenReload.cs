namespace Dashboard.Host.Live;

/// <summary>An admin asked every screen to reload its page.</summary>
public sealed record ScreenReload(DateTimeOffset RequestedAt);
