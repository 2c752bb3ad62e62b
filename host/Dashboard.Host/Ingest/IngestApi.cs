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
        keys.MapDelete("/", Revoke);
        admin.MapGet("/ingest-keys", GetAll).WithTags("Ingest");

        // Not an admin's call: the collector's ingest key is checked by the endpoint itself.
        endpoints.MapPost("/api/collectors/{id}/events", Receive)
            .WithTags("Ingest")
            .AllowAnonymous()
            .RequireRateLimiting(IngestRateLimitPolicy.PolicyName);
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

    private static Ok<List<IngestKeyListItem>> GetAll(CollectorRepository collectors, IngestKeyStore keys) =>
        TypedResults.Ok(collectors.GetAll()
            .Select(collector => (collector, key: keys.Find(collector.Id)))
            .Select(pair => new IngestKeyListItem(pair.collector.Id, pair.collector.Name, pair.key is not null, Utc(pair.key?.CreatedUtcTicks), Utc(pair.key?.LastUsedUtcTicks)))
            .ToList());

    /// <summary>Removes the key: pushes are refused until a new key is issued.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string id, CollectorRepository collectors, IngestKeyStore keys, CancellationToken cancellationToken)
    {
        if (collectors.Find(id) is null)
        {
            return IngestProblems.CollectorGone(id);
        }

        await keys.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static DateTimeOffset? Utc(long? ticks) => ticks is { } value ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
