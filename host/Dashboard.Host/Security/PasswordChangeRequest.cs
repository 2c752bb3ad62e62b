namespace Dashboard.Host.Security;

/// <summary>A signed-in user's new password, with the current one.</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
