using System.Security.Claims;

namespace Dashboard.Host.Security;

/// <summary>Who may see which dashboard; used by every read a wall makes and by the live hub.</summary>
public static class DashboardAccess
{
    /// <summary>
    /// A signed-in user sees every dashboard; a display token sees the dashboards it was created with; an anonymous
    /// watcher (only when <c>Dashboard:AllowAnonymousWalls</c> is on) sees every dashboard.
    /// </summary>
    public static bool CanView(ClaimsPrincipal principal, string dashboardId) =>
        IsSignedInUser(principal)
        || principal.HasClaim(DashboardClaims.Dashboard, DashboardClaims.AnyDashboard)
        || principal.HasClaim(DashboardClaims.Dashboard, dashboardId);

    /// <summary>Whether the principal is a person who signed in (any role), rather than a screen or an anonymous watcher.</summary>
    public static bool IsSignedInUser(ClaimsPrincipal principal) => Roles.All.Any(principal.IsInRole);
}
