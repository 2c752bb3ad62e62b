namespace Dashboard.Host.Security;

/// <summary>A new password an admin sets for a user.</summary>
public sealed record PasswordResetRequest(string? Password);
