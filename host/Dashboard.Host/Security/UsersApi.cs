using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Security;

/// <summary>Admins manage users: create with a role, change the role, reset the password, delete; never the last admin.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/users").WithTags("Users");
        group.MapGet("/", GetAll);
        group.MapPost("/", Create);
        group.MapPut("/{userName}/role", ChangeRole);
        group.MapPut("/{userName}/password", ResetPassword);
        group.MapDelete("/{userName}", Delete);
        return admin;
    }

    private static Ok<List<UserResponse>> GetAll(UserStore users, TimeProvider time) =>
        TypedResults.Ok(users.GetAll().Select(user => ToResponse(user, time.GetUtcNow())).ToList());

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Create(
        UserCreateRequest request, UserStore users, UserAccounts accounts, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new FieldProblems()
            .Check("userName", PasswordRules.UserNameProblem(request.UserName))
            .Check("role", RoleProblem(request.Role))
            .Check("password", PasswordRules.Problem(request.Password));
        if (problems.Any)
        {
            return problems.ToResult("The user was not created.");
        }

        var user = accounts.NewUser(request.UserName!, request.Role!, request.Password!);
        if (!await users.TryInsertAsync(user, cancellationToken))
        {
            return TypedResults.Problem($"A user '{user.UserName}' exists already (user names ignore case).", statusCode: StatusCodes.Status409Conflict, title: "User exists");
        }

        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.UserName)}", ToResponse(user, time.GetUtcNow()));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeRole(
        string userName, RoleChangeRequest request, UserStore users, CancellationToken cancellationToken)
    {
        if (RoleProblem(request.Role) is { } problem)
        {
            return FieldProblems.One("role", problem, "The role was not changed.");
        }

        return Answer(await users.ChangeRoleAsync(userName, request.Role!, UserAccounts.NewStamp(), cancellationToken), userName, "take the admin role from");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPassword(
        string userName, PasswordResetRequest request, UserAccounts accounts, CancellationToken cancellationToken)
    {
        if (PasswordRules.Problem(request.Password) is { } problem)
        {
            return FieldProblems.One("password", problem, "The password was not reset.");
        }

        return await accounts.SetPasswordAsync(userName, request.Password!, cancellationToken) is null
            ? NotFound(userName)
            : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string userName, UserStore users, CancellationToken cancellationToken) =>
        Answer(await users.DeleteAsync(userName, cancellationToken), userName, "delete");

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Answer(UserChange change, string userName, string what) => change switch
    {
        UserChange.Done => TypedResults.NoContent(),
        UserChange.NotFound => NotFound(userName),
        _ => TypedResults.Problem(
            $"'{userName}' is the last admin; make another user an admin first, then {what} '{userName}'.",
            statusCode: StatusCodes.Status409Conflict,
            title: "The last admin stays"),
    };

    private static string? RoleProblem(string? role) =>
        Roles.IsKnown(role) ? null : $"Choose one of the roles {string.Join(", ", Roles.All)}{(role is null ? "" : $"; '{role}' is not one")}.";

    private static ProblemHttpResult NotFound(string userName) =>
        TypedResults.Problem($"There is no user '{userName}'.", statusCode: StatusCodes.Status404NotFound, title: "User not found");

    private static UserResponse ToResponse(DashboardUser user, DateTimeOffset now) => new(
        user.UserName,
        user.Role,
        new DateTimeOffset(user.CreatedUtcTicks, TimeSpan.Zero),
        user.LastSignInUtcTicks is { } signedIn ? new DateTimeOffset(signedIn, TimeSpan.Zero) : null,
        UserAccounts.LockedUntil(user, now));
}
