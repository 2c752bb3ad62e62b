using System.Security.Claims;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Walls;

public static class WallsApi
{
    public static RouteGroupBuilder MapWallsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/walls", List).WithTags("Walls");
        api.MapGet("/walls/{id}", Get).WithTags("Walls");
        return api;
    }

    /// <summary>The walls the caller may see (a display token: only its own).</summary>
    private static Ok<List<WallInfo>> List(ClaimsPrincipal user) =>
        TypedResults.Ok(WallCatalog.WallIds.Where(id => DashboardAccess.CanView(user, id)).Select(id => new WallInfo(id, WallCatalog.DefaultWallTitle)).ToList());

    private static Results<Ok<WallSnapshot>, ProblemHttpResult> Get(string id, ClaimsPrincipal user, WallSnapshotBuilder snapshots)
    {
        if (!WallCatalog.Exists(id))
        {
            return TypedResults.Problem($"There is no wall '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Wall not found");
        }

        return DashboardAccess.CanView(user, id)
            ? TypedResults.Ok(snapshots.Build(id))
            : TypedResults.Problem($"This screen may not show wall '{id}'; an admin chooses its dashboards on the Screens page.", statusCode: StatusCodes.Status403Forbidden, title: "Not this wall");
    }
}
