namespace Dashboard.Host.Security;

/// <summary>A user as the admin API shows it, without the password.</summary>
public sealed record UserResponse(string UserName, string Role, DateTimeOffset CreatedUtc, DateTimeOffset? LastSignInUtc, DateTimeOffset? LockedUntilUtc);
