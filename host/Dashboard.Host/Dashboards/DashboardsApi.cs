using System.Security.Claims;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Dashboards;

/// <summary>
/// Dashboards over HTTP, in two groups so that one authorization each locks them: reads (screens, viewers) and edits
/// (editors, admins). Import and export are in <see cref="DashboardFilesApi"/>.
/// </summary>
public static class DashboardsApi
{
    public static RouteGroupBuilder MapDashboardReads(this RouteGroupBuilder reads)
    {
        var group = reads.MapGroup("/dashboards").WithTags("Dashboards");
        group.MapGet("/", List);
        var one = group.MapGroup("/{id}").AddEndpointFilter(OnlyWhatTheCallerMayView);
        one.MapGet("/", Get);
        one.MapGet("/snapshot", GetSnapshot);
        one.MapGet("/export", DashboardFilesApi.Export);
        return reads;
    }

    /// <summary>A display token reads only the dashboards it was created with (signed-in users read all).</summary>
    private static async ValueTask<object?> OnlyWhatTheCallerMayView(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var id = context.HttpContext.GetRouteValue("id") as string ?? "";
        return DashboardAccess.CanView(context.HttpContext.User, id)
            ? await next(context)
            : TypedResults.Problem($"This screen may not show dashboard '{id}'; an admin chooses its dashboards on the Screens page.", statusCode: StatusCodes.Status403Forbidden, title: "Not this dashboard");
    }

    public static RouteGroupBuilder MapDashboardEdits(this RouteGroupBuilder edits)
    {
        var group = edits.MapGroup("/dashboards").WithTags("Dashboards");
        group.MapPut("/{id}", Put);
        group.MapDelete("/{id}", Delete);
        group.MapPost("/import", DashboardFilesApi.Import).DisableAntiforgery();
        return edits;
    }

    private static Ok<List<DashboardSummary>> List(DashboardRepository dashboards, ClaimsPrincipal user) =>
        TypedResults.Ok(dashboards.GetAll().Where(stored => DashboardAccess.CanView(user, stored.Id)).Select(DashboardRepository.ToSummary).ToList());

    private static Results<Ok<DashboardDocument>, ProblemHttpResult> Get(string id, DashboardRepository dashboards) =>
        dashboards.Find(id) is { } stored ? TypedResults.Ok(DashboardRepository.ToDocument(stored)) : NotFound(id);

    private static Results<Ok<DashboardSnapshot>, ProblemHttpResult> GetSnapshot(string id, DashboardSnapshotBuilder snapshots) =>
        snapshots.Build(id) is { } snapshot ? TypedResults.Ok(snapshot) : NotFound(id);

    private static async Task<Results<Ok<DashboardDocument>, Created<DashboardDocument>, ValidationProblem, ProblemHttpResult>> Put(
        string id, DashboardDocument document, DashboardEditor editor, CancellationToken cancellationToken) =>
        ToResult(await editor.SaveAsync(id, document, replace: true, cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, DashboardEditor editor, CancellationToken cancellationToken) =>
        await editor.DeleteAsync(id, cancellationToken) is { } refusal
            ? TypedResults.Problem(refusal.Message, statusCode: refusal.StatusCode, title: refusal.StatusCode == StatusCodes.Status404NotFound ? "Dashboard not found" : "Dashboard is provisioned")
            : TypedResults.NoContent();

    internal static Results<Ok<DashboardDocument>, Created<DashboardDocument>, ValidationProblem, ProblemHttpResult> ToResult(DashboardSaveResult result) => result switch
    {
        { Errors: { } errors } => TypedResults.ValidationProblem(errors, title: "The dashboard is not valid."),
        { Conflict: { } conflict } => TypedResults.Problem(conflict, statusCode: StatusCodes.Status409Conflict, title: "The dashboard cannot be saved."),
        { Created: true } => TypedResults.Created($"/api/dashboards/{result.Saved!.Id}", result.Saved),
        _ => TypedResults.Ok(result.Saved!),
    };

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no dashboard '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Dashboard not found");
}
