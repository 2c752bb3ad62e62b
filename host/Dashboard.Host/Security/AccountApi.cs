using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Security;

/// <summary>Sign-in, sign-out, password change and the one-time setup of the first admin.</summary>
public static class AccountApi
{
    public const string SetupPage = "/account/setup.html";

    public static void MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/account").WithTags("Account").AllowAnonymous();
        open.MapPost("/login", SignIn).RequireRateLimiting(SignInLimit.PolicyName);
        open.MapPost("/logout", (Delegate)SignOut);
        open.MapGet("/setup", SetupStatus);
        open.MapPost("/setup", Setup).RequireRateLimiting(SignInLimit.PolicyName);

        var signedIn = endpoints.MapGroup("/api/account").WithTags("Account").RequireAuthorization(Policies.Viewer);
        signedIn.MapGet("/me", Me);
        signedIn.MapPost("/password", ChangePassword);
    }

    /// <summary>Why this request may not set up the first admin, or null when it may.</summary>
    public static string? SetupRefusal(HttpContext context, UserStore users) =>
        users.Any() ? "The first admin exists already; sign in instead."
        : !LoopbackRequests.IsFromThisMachine(context)
            ? "The first admin can be set up only from the machine the dashboard runs on (open http://localhost:<port>/account/setup.html there), or by starting the host with the setting Dashboard:Setup:AdminPassword."
            : null;

    private static async Task<Results<Ok<AccountResponse>, ValidationProblem, ProblemHttpResult>> SignIn(
        LoginRequest request, UserAccounts accounts, HttpContext context, CancellationToken cancellationToken)
    {
        var problems = new FieldProblems()
            .Check("userName", string.IsNullOrWhiteSpace(request.UserName) ? "Give your user name." : null)
            .Check("password", string.IsNullOrEmpty(request.Password) ? "Give your password." : null);
        if (problems.Any)
        {
            return problems.ToResult("The sign-in is not complete.");
        }

        var result = await accounts.SignInAsync(request.UserName!, request.Password!, cancellationToken);
        if (!result.Succeeded)
        {
            var problem = TypedResults.Problem(result.Problem, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in",
                extensions: result.LockedUntilUtc is { } until ? new Dictionary<string, object?> { ["lockedUntilUtc"] = until } : null);
            return problem;
        }

        await SignInCookieAsync(context, result.User!);
        return TypedResults.Ok(new AccountResponse(result.User!.UserName, result.User.Role));
    }

    private static async Task<NoContent> SignOut(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Ok<AccountResponse> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new AccountResponse(user.Identity!.Name!, user.FindFirstValue(ClaimTypes.Role)!));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        PasswordChangeRequest request, ClaimsPrincipal principal, UserStore users, UserAccounts accounts, HttpContext context, CancellationToken cancellationToken)
    {
        var user = users.Find(principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (user is null)
        {
            return TypedResults.Problem("Your user no longer exists.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        var problems = new FieldProblems()
            .Check("currentPassword", string.IsNullOrEmpty(request.CurrentPassword) || !UserAccounts.PasswordMatches(user, request.CurrentPassword) ? "This is not your current password." : null)
            .Check("newPassword", PasswordRules.Problem(request.NewPassword) ?? (request.NewPassword == request.CurrentPassword ? "Choose a password other than the current one." : null));
        if (problems.Any)
        {
            return problems.ToResult("The password was not changed.");
        }

        var changed = await accounts.SetPasswordAsync(user.Id, request.NewPassword!, cancellationToken);

        // The new stamp ends every other session of this user; this one continues with a fresh cookie.
        await SignInCookieAsync(context, changed!);
        return TypedResults.NoContent();
    }

    private static Ok<SetupStatusResponse> SetupStatus(HttpContext context, UserStore users)
    {
        var needed = !users.Any();
        var refusal = SetupRefusal(context, users);
        return TypedResults.Ok(new SetupStatusResponse(needed, refusal is null, refusal ?? "Choose the first admin's user name and password."));
    }

    private static async Task<Results<Created<AccountResponse>, ValidationProblem, ProblemHttpResult>> Setup(
        SetupRequest request, UserStore users, UserAccounts accounts, HttpContext context, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (SetupRefusal(context, users) is { } refusal)
        {
            return users.Any()
                ? TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict, title: "Already set up")
                : TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Setup only from this machine");
        }

        var problems = new FieldProblems()
            .Check("userName", PasswordRules.UserNameProblem(request.UserName))
            .Check("password", PasswordRules.Problem(request.Password));
        if (problems.Any)
        {
            return problems.ToResult("The first admin was not created.");
        }

        var user = accounts.NewUser(request.UserName!, Roles.Admin, request.Password!);
        if (!await users.TryInsertFirstAsync(user, cancellationToken))
        {
            return TypedResults.Problem("Someone set up the first admin a moment ago; sign in instead.", statusCode: StatusCodes.Status409Conflict, title: "Already set up");
        }

        loggers.CreateLogger(typeof(AccountApi)).LogInformation("Created the first admin '{AdminUser}' through the setup page", user.UserName);
        await SignInCookieAsync(context, user);
        return TypedResults.Created("/api/account/me", new AccountResponse(user.UserName, user.Role));
    }

    private static Task SignInCookieAsync(HttpContext context, DashboardUser user) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principals.ForUser(user));
}
