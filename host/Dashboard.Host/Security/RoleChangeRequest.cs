namespace Dashboard.Host.Security;

/// <summary>A user's new role.</summary>
public sealed record RoleChangeRequest(string? Role);
