namespace Dashboard.Host.Security;

/// <summary>A new user, as an admin creates it.</summary>
public sealed record UserCreateRequest(string? UserName, string? Role, string? Password);
