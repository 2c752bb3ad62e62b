using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Host.Security;

/// <summary>The principals the host issues: signed-in users, display screens and anonymous watchers.</summary>
public static class Principals
{
    public static ClaimsPrincipal ForUser(DashboardUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(DashboardClaims.Stamp, user.SecurityStamp),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static ClaimsPrincipal ForScreen(Screens.DisplayScreen screen, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "screen:" + screen.Id),
            new Claim(ClaimTypes.Name, screen.Name),
            new Claim(DashboardClaims.Screen, screen.Id),
            .. screen.DashboardIds.Select(id => new Claim(DashboardClaims.Dashboard, id)),
        ],
        scheme));

    public static ClaimsPrincipal AnonymousWatcher(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "anonymous wall"),
            new Claim(DashboardClaims.Dashboard, DashboardClaims.AnyDashboard),
        ],
        scheme));
}
