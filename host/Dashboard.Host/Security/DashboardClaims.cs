namespace Dashboard.Host.Security;

/// <summary>Claim types of the host's own principals, beside the standard name, id and role.</summary>
public static class DashboardClaims
{
    /// <summary>A dashboard a display token (or an anonymous watcher, with <see cref="AnyDashboard"/>) may show; one claim per dashboard.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>The id of the screen a display token belongs to.</summary>
    public const string Screen = "screen";

    /// <summary>A user's security stamp: it changes with the password or the role, which ends the cookies issued before.</summary>
    public const string Stamp = "stamp";

    /// <summary>The <see cref="Dashboard"/> claim value that allows every dashboard.</summary>
    public const string AnyDashboard = "*";
}
