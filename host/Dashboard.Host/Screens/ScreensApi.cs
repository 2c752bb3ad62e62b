using System.Security.Claims;
using Dashboard.Host.Dashboards;
using Dashboard.Host.Live;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Screens;

/// <summary>
/// Admins create, revoke and reload display screens; a screen pairs with its one-time code without signing in.
/// </summary>
public static class ScreensApi
{
    public const int MaxNameLength = 80;

    public static RouteGroupBuilder MapScreensApi(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/screens").WithTags("Screens");
        group.MapGet("/", GetAll);
        group.MapPost("/", Create);
        group.MapDelete("/{id}", Revoke);
        group.MapPost("/reload", Reload);
        return admin;
    }

    /// <summary>The pairing endpoint is public: the code itself is the credential, once, within the hour.</summary>
    public static RouteGroupBuilder MapScreenPairingApi(this RouteGroupBuilder open)
    {
        open.MapPost("/screens/pair", Pair).WithTags("Screens");
        return open;
    }

    private static Ok<List<ScreenResponse>> GetAll(DisplayScreenStore screens, TimeProvider time) =>
        TypedResults.Ok(screens.GetAll().Select(screen => ToResponse(screen, time.GetUtcNow())).ToList());

    private static async Task<Results<Created<ScreenCreatedResponse>, ValidationProblem>> Create(
        ScreenCreateRequest request, DisplayScreenStore screens, DashboardRepository dashboards, ClaimsPrincipal admin, TimeProvider time, CancellationToken cancellationToken)
    {
        var dashboardIds = request.DashboardIds?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        var unknown = dashboardIds.Where(id => dashboards.Find(id) is null).ToList();
        var known = string.Join(", ", dashboards.GetAll().Select(dashboard => dashboard.Id));
        var problems = new FieldProblems()
            .Check("name", string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength
                ? $"Give the screen a name of 1 to {MaxNameLength} characters, such as 'Lobby TV'." : null)
            .Check("dashboardIds", dashboardIds.Count == 0 ? $"Choose at least one dashboard the screen may show; known: {known}."
                : unknown.Count > 0 ? $"No dashboard {string.Join(", ", unknown.Select(id => $"'{id}'"))}; known: {known}." : null);
        if (problems.Any)
        {
            return problems.ToResult("The screen was not created.");
        }

        var issued = await screens.CreateAsync(request.Name!.Trim(), dashboardIds, admin.Identity?.Name ?? "", cancellationToken);
        return TypedResults.Created(
            $"/api/screens/{issued.Screen.Id}",
            new ScreenCreatedResponse(ToResponse(issued.Screen, time.GetUtcNow()), issued.Token, DisplayLinks.For(dashboardIds[0], issued.Token), issued.PairingCode));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string id, DisplayScreenStore screens, DisplayConnections connections, CancellationToken cancellationToken)
    {
        if (!await screens.RevokeAsync(id, cancellationToken))
        {
            return TypedResults.Problem($"There is no screen '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Screen not found");
        }

        connections.CloseAll(id);
        return TypedResults.NoContent();
    }

    /// <summary>Every connected screen reloads its page (after a change to the wall pages, or to clear a stuck screen).</summary>
    private static async Task<Accepted> Reload(LivePublisher live)
    {
        await live.ReloadAllScreensAsync();
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok<PairResponse>, ValidationProblem>> Pair(PairRequest request, DisplayScreenStore screens, CancellationToken cancellationToken)
    {
        var code = DisplayScreenStore.NormalisePairingCode(request.Code ?? "");
        if (code.Length != DisplayScreenStore.PairingCodeLength)
        {
            return FieldProblems.One("code", $"Type the {DisplayScreenStore.PairingCodeLength} characters shown on the Screens page.", "The screen was not paired.");
        }

        if (await screens.PairAsync(code, cancellationToken) is not { } paired)
        {
            return FieldProblems.One("code", "This code is unknown, was used already or is older than an hour; create a new screen on the Screens page.", "The screen was not paired.");
        }

        return TypedResults.Ok(new PairResponse(paired.Token, paired.Screen.DashboardIds, DisplayLinks.For(paired.Screen.DashboardIds[0], paired.Token)));
    }

    private static ScreenResponse ToResponse(DisplayScreen screen, DateTimeOffset now) => new(
        screen.Id,
        screen.Name,
        screen.DashboardIds,
        new DateTimeOffset(screen.CreatedUtcTicks, TimeSpan.Zero),
        screen.CreatedBy,
        screen.LastUsedUtcTicks is { } used ? new DateTimeOffset(used, TimeSpan.Zero) : null,
        screen.PairingExpiresUtcTicks is { } expires && expires > now.UtcTicks ? new DateTimeOffset(expires, TimeSpan.Zero) : null);
}
