using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Walls;

public static class WallsApi
{
    public static RouteGroupBuilder MapWallsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/walls/{id}", Get).WithTags("Walls");
        return api;
    }

    private static Results<Ok<WallSnapshot>, ProblemHttpResult> Get(string id, WallSnapshotBuilder snapshots) =>
        WallCatalog.Exists(id)
            ? TypedResults.Ok(snapshots.Build(id))
            : TypedResults.Problem($"There is no wall '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Wall not found");
}
