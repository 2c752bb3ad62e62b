using Dashboard.Host.Collectors;
using Dashboard.Host.Figures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Host.Ingest;

/// <summary>
/// The push endpoint, authenticated by the collector's ingest key rather than as an admin, and the admin endpoints
/// that issue and describe keys.
/// </summary>
public static class IngestApi
{
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder endpoints, RouteGroupBuilder admin)
    {
        var keys = admin.MapGroup("/collectors/{id}/ingest-key").WithTags("Ingest");
        keys.MapGet("/", Describe);
        keys.MapPost("/", Rotate);

        endpoints.MapPost("/api/collectors/{id}/events", Receive).WithTags("Ingest");
        return endpoints;
    }

    private static Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Receive(
        string id, HttpRequest request, [FromServices] EventIngestor ingestor, [FromServices] IFigureRefresher figures, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(id, request, figures, cancellationToken);

    private static Results<Ok<IngestKeyInfoResponse>, ProblemHttpResult> Describe(string id, CollectorRepository collectors, IngestKeyStore keys)
    {
        if (collectors.Find(id) is null)
        {
            return IngestProblems.CollectorGone(id);
        }

        var key = keys.Find(id);
        return TypedResults.Ok(new IngestKeyInfoResponse(id, key is not null, Utc(key?.CreatedUtcTicks), Utc(key?.LastUsedUtcTicks)));
    }

    private static async Task<Results<Ok<IngestKeyResponse>, ProblemHttpResult>> Rotate(
        string id, CollectorRepository collectors, IngestKeyStore keys, CancellationToken cancellationToken)
    {
        if (collectors.Find(id) is null)
        {
            return IngestProblems.CollectorGone(id);
        }

        return TypedResults.Ok(new IngestKeyResponse(id, await keys.IssueAsync(id, cancellationToken)));
    }

    private static DateTimeOffset? Utc(long? ticks) => ticks is { } value ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
