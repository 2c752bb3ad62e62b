using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Host.Security;

/// <summary>
/// API calls get 401/403 instead of a redirect; pages go to the sign-in page. Every request checks that the cookie's user
/// still exists with the same stamp, so a deleted user, a reset password or a changed role ends older sessions.
/// </summary>
public sealed class CookieEvents(UserStore users) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status401Unauthorized, ApiRequests.LoginPage(context.Request));

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Answer(context, StatusCodes.Status403Forbidden, ApiRequests.LoginPage(context.Request) + "&denied=1");

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(DashboardClaims.Stamp);
        var user = id is null ? null : users.Find(id);
        if (user is null || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static async Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, string page)
    {
        if (!ApiRequests.IsApi(context.Request))
        {
            context.Response.Redirect(page);
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Sign in first." : "Not allowed.",
                Detail = Detail(context.Request, status),
            },
        });
    }

    private static string Detail(HttpRequest request, int status) => status switch
    {
        StatusCodes.Status401Unauthorized when DisplayTokenHandler.HasToken(request) => DisplayTokenHandler.RevokedMessage,
        StatusCodes.Status401Unauthorized => "This needs a signed-in user or a display token; sign in at /account/login.html.",
        _ => "Your role does not allow this; ask an admin.",
    };
}
