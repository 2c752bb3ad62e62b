using Microsoft.AspNetCore.Authentication;

namespace Dashboard.Host.Security;

/// <summary>
/// Static pages behind the same access as the API they call: admin pages for admins, the dashboard editor for editors
/// and admins, the password page for users, the
/// setup page only while no user exists and only from this machine. Runs before the static files are served.
/// </summary>
public sealed class PageAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UserStore users)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/admin") || path.StartsWithSegments("/account"))
        {
            // Whether these pages open depends on who asks and on whether a user exists: never from a cache.
            context.Response.Headers.CacheControl = "no-store";
        }

        if (path.StartsWithSegments("/admin"))
        {
            await AllowOrRefuseAsync(context, context.User.IsInRole(Roles.Admin));
        }
        else if (path.StartsWithSegments("/edit") || path.StartsWithSegments("/" + Walls.WallPages.EditorPage))
        {
            await AllowOrRefuseAsync(context, context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Editor));
        }
        else if (path.StartsWithSegments("/account/password.html"))
        {
            await AllowOrRefuseAsync(context, DashboardAccess.IsSignedInUser(context.User));
        }
        else if (path.StartsWithSegments(AccountApi.SetupPage) && AccountApi.SetupRefusal(context, users) is { } refusal)
        {
            await RefuseSetupAsync(context, users, refusal);
        }
        else
        {
            await next(context);
        }
    }

    private async Task AllowOrRefuseAsync(HttpContext context, bool allowed)
    {
        if (allowed)
        {
            await next(context);
        }
        else if (DashboardAccess.IsSignedInUser(context.User))
        {
            await context.ForbidAsync();
        }
        else
        {
            await context.ChallengeAsync();
        }
    }

    private static async Task RefuseSetupAsync(HttpContext context, UserStore users, string refusal)
    {
        if (users.Any())
        {
            context.Response.Redirect("/account/login.html");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(refusal);
    }
}
