namespace Dashboard.Host.Security;

/// <summary>A sign-in attempt: the user when it worked, otherwise why not (and until when a locked account stays locked).</summary>
public sealed record SignInResult(DashboardUser? User, string? Problem, DateTimeOffset? LockedUntilUtc = null)
{
    public bool Succeeded => User is not null;
}
