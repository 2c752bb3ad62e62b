using Dashboard.Host.Dashboards.Snapshots;
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
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/snapshot", GetSnapshot);
        group.MapGet("/{id}/export", DashboardFilesApi.Export);
        return reads;
    }

    public static RouteGroupBuilder MapDashboardEdits(this RouteGroupBuilder edits)
    {
        var group = edits.MapGroup("/dashboards").WithTags("Dashboards");
        group.MapPut("/{id}", Put);
        group.MapDelete("/{id}", Delete);
        group.MapPost("/import", DashboardFilesApi.Import).DisableAntiforgery();
        return edits;
    }

    private static Ok<List<DashboardSummary>> List(DashboardRepository dashboards) =>
        TypedResults.Ok(dashboards.GetAll().Select(DashboardRepository.ToSummary).ToList());

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
