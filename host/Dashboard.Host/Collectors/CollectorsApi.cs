using Dashboard.Host.Ingest;
using Dashboard.Host.Records;
using Dashboard.Host.Runs;
using Dashboard.Host.Scheduling;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Collectors;

/// <summary>Admin endpoints to manage collectors and run one now.</summary>
public static class CollectorsApi
{
    public static RouteGroupBuilder MapCollectorsApi(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/collectors").WithTags("Collectors");
        group.MapGet("/", GetAll);
        group.MapGet("/{id}", Get);
        group.MapPost("/", Create);
        group.MapPut("/{id}", Update);
        group.MapDelete("/{id}", Delete);
        group.MapPost("/{id}/run", RunNow);
        return admin;
    }

    private static Ok<List<CollectorResponse>> GetAll(CollectorRepository collectors, TimeProvider time)
    {
        var runs = collectors.GetRuns();
        var now = time.GetUtcNow();
        return TypedResults.Ok(collectors.GetAll().Select(collector => CollectorMapper.ToResponse(collector, runs.GetValueOrDefault(collector.Id), now)).ToList());
    }

    private static Results<Ok<CollectorResponse>, ProblemHttpResult> Get(string id, CollectorRepository collectors, TimeProvider time) =>
        collectors.Find(id) is { } collector
            ? TypedResults.Ok(CollectorMapper.ToResponse(collector, collectors.FindRun(id), time.GetUtcNow()))
            : NotFound(id);

    private static async Task<Results<Created<CollectorCreatedResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CollectorRequest request, CollectorValidator validator, CollectorRepository collectors, CollectorJobScheduler scheduler, IngestKeyStore ingestKeys, TimeProvider time, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(request, request.Id?.Trim() ?? "");
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors, title: "The collector is not valid.");
        }

        var collector = validation.Collector!;
        collector.CreatedUtc = collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        if (!await collectors.TryInsertAsync(collector, cancellationToken))
        {
            return TypedResults.Problem($"A collector '{collector.Id}' already exists; use PUT /api/collectors/{collector.Id} to change it.", statusCode: StatusCodes.Status409Conflict, title: "Collector exists");
        }

        scheduler.Apply(collector);
        var ingestKey = await ingestKeys.IssueAsync(collector.Id, cancellationToken);
        return TypedResults.Created($"/api/collectors/{collector.Id}", new CollectorCreatedResponse(CollectorMapper.ToResponse(collector, null, time.GetUtcNow()), ingestKey));
    }

    private static async Task<Results<Ok<CollectorResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, CollectorRequest request, CollectorValidator validator, CollectorRepository collectors, CollectorJobScheduler scheduler, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = collectors.Find(id);
        if (existing is null)
        {
            return NotFound(id);
        }

        if (request.Id is { } bodyId && bodyId != id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"The body says '{bodyId}' but the URL says '{id}'; a collector's id cannot change."] });
        }

        var validation = validator.Validate(request, id);
        var errors = new Dictionary<string, string[]>(validation.Errors);

        // A PUT replaces the whole collector, so a left-out flag must not silently turn a disabled collector back on.
        if (request.Enabled is null)
        {
            errors["enabled"] = ["Give enabled as true or false; a PUT names every field of the collector."];
        }

        if (request.PluginId is { } pluginId && pluginId != existing.PluginId)
        {
            errors["pluginId"] = [$"This collector reads with plugin '{existing.PluginId}', not '{pluginId}'; a collector's plugin cannot change. Create a new collector for '{pluginId}'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The collector is not valid.");
        }

        var collector = validation.Collector!;
        collector.CreatedUtc = existing.CreatedUtc;

        // Pause and resume have their own endpoints; an edit keeps whichever the collector is in.
        collector.Paused = existing.Paused;
        collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await collectors.TryUpdateAsync(collector, cancellationToken);
        scheduler.Apply(collector);
        return TypedResults.Ok(CollectorMapper.ToResponse(collector, collectors.FindRun(id), time.GetUtcNow()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string id, CollectorRepository collectors, CollectorJobScheduler scheduler, IngestKeyStore ingestKeys, IRecordStore records, RunHistoryStore history, CancellationToken cancellationToken)
    {
        if (!await collectors.DeleteAsync(id, cancellationToken))
        {
            return NotFound(id);
        }

        scheduler.Remove(id);

        // The collector is gone: its key and records go with it even if the caller stops waiting.
        await ingestKeys.DeleteAsync(id, CancellationToken.None);
        await records.DeleteCollectorAsync(id, CancellationToken.None);
        await history.DeleteCollectorAsync(id, CancellationToken.None);
        return TypedResults.NoContent();
    }

    private static Results<Accepted<RunAcceptedResponse>, ProblemHttpResult> RunNow(string id, CollectorRepository collectors, CollectorJobScheduler scheduler, IBackgroundJobClient jobs)
    {
        if (collectors.Find(id) is null)
        {
            return NotFound(id);
        }

        var jobId = scheduler.RunNow(id, jobs);
        return TypedResults.Accepted($"/api/collectors/{id}", new RunAcceptedResponse(id, jobId));
    }

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no collector '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Collector not found");
}
