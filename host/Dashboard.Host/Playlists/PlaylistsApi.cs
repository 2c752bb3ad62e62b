using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Playlists;

/// <summary>Playlists over HTTP: reads for screens, edits for editors, in separate groups.</summary>
public static class PlaylistsApi
{
    public static RouteGroupBuilder MapPlaylistReads(this RouteGroupBuilder reads)
    {
        var group = reads.MapGroup("/playlists").WithTags("Playlists");
        group.MapGet("/", (PlaylistRepository playlists) => TypedResults.Ok(playlists.GetAll()));
        group.MapGet("/{id}", Get);
        return reads;
    }

    public static RouteGroupBuilder MapPlaylistEdits(this RouteGroupBuilder edits)
    {
        var group = edits.MapGroup("/playlists").WithTags("Playlists");
        group.MapPut("/{id}", Put);
        group.MapDelete("/{id}", Delete);
        return edits;
    }

    private static Results<Ok<PlaylistDocument>, ProblemHttpResult> Get(string id, PlaylistRepository playlists) =>
        playlists.Find(id) is { } playlist ? TypedResults.Ok(playlist) : NotFound(id);

    private static async Task<Results<Ok<PlaylistDocument>, Created<PlaylistDocument>, ValidationProblem>> Put(
        string id, PlaylistDocument playlist, PlaylistValidator validator, PlaylistRepository playlists, CancellationToken cancellationToken)
    {
        var errors = validator.Validate(playlist, id);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The playlist is not valid.");
        }

        var created = await playlists.SaveAsync(id, playlist, cancellationToken);
        var saved = playlists.Find(id)!;
        return created ? TypedResults.Created($"/api/playlists/{id}", saved) : TypedResults.Ok(saved);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, PlaylistRepository playlists, CancellationToken cancellationToken) =>
        await playlists.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no playlist '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Playlist not found");
}
