namespace Dashboard.Host.Security;

/// <summary>The first admin, as the one-time setup page sends it.</summary>
public sealed record SetupRequest(string? UserName, string? Password);
