namespace Dashboard.Host.Security;

/// <summary>What the sign-in form sends.</summary>
public sealed record LoginRequest(string? UserName, string? Password);
