namespace Dashboard.Host.Security;

/// <summary>
/// Section <c>Dashboard:SignInLimit</c>: how many sign-in and setup attempts one network address may make a minute,
/// beside the lockout of one account after repeated failures, so nobody can try many passwords over many accounts.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string SectionName = "Dashboard:SignInLimit";

    public int AttemptsPerMinute { get; set; } = 20;
}
