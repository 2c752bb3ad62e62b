namespace Dashboard.Host.Screens;

/// <summary>A screen as the admin API lists it; its tokens are never shown again.</summary>
public sealed record ScreenResponse(string Id, string Name, IReadOnlyList<string> DashboardIds, DateTimeOffset CreatedUtc, string CreatedBy, DateTimeOffset? LastUsedUtc, DateTimeOffset? PairingExpiresUtc);
