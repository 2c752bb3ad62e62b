using Dashboard.Host.Runs;
using Dashboard.Host.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Collectors;

/// <summary>Admin endpoints that act on a collector besides editing it: pause, resume, test its connection, read its runs.</summary>
public static class CollectorActionsApi
{
    public const int DefaultRunLimit = 50;

    /// <summary>A collector id for testing settings not saved yet, when the form has no id so far.</summary>
    public const string UnsavedCollectorId = "unsaved";

    public static RouteGroupBuilder MapCollectorActionsApi(this RouteGroupBuilder admin)
    {
        var group = admin.MapGroup("/collectors").WithTags("Collectors");
        group.MapPost("/{id}/pause", Pause).WithSummary("Stops the collector's schedule; settings and schedule are kept.");
        group.MapPost("/{id}/resume", Resume).WithSummary("Puts a paused collector back on its schedule.");
        group.MapPost("/{id}/test", TestSaved).WithSummary("Tries the saved collector's source once, storing nothing.");
        group.MapPost("/test", TestUnsaved).WithSummary("Tries the source of settings not saved yet, storing nothing.");
        group.MapGet("/{id}/runs", Runs).WithSummary("The collector's run history, newest first.");
        return admin;
    }

    private static Task<Results<Ok<CollectorResponse>, ProblemHttpResult>> Pause(string id, CollectorRepository collectors, CollectorJobScheduler scheduler, TimeProvider time, CancellationToken cancellationToken) =>
        SetPausedAsync(id, paused: true, collectors, scheduler, time, cancellationToken);

    private static Task<Results<Ok<CollectorResponse>, ProblemHttpResult>> Resume(string id, CollectorRepository collectors, CollectorJobScheduler scheduler, TimeProvider time, CancellationToken cancellationToken) =>
        SetPausedAsync(id, paused: false, collectors, scheduler, time, cancellationToken);

    private static async Task<Results<Ok<CollectorResponse>, ProblemHttpResult>> SetPausedAsync(
        string id, bool paused, CollectorRepository collectors, CollectorJobScheduler scheduler, TimeProvider time, CancellationToken cancellationToken)
    {
        if (collectors.Find(id) is not { } collector)
        {
            return NotFound(id);
        }

        collector.Paused = paused;
        collector.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await collectors.TryUpdateAsync(collector, cancellationToken);
        scheduler.Apply(collector);
        return TypedResults.Ok(CollectorMapper.ToResponse(collector, collectors.FindRun(id), time.GetUtcNow()));
    }

    private static async Task<Results<Ok<ConnectionTestResponse>, ProblemHttpResult>> TestSaved(
        string id, CollectorRepository collectors, ConnectionTestRunner tester, TimeProvider time, CancellationToken cancellationToken) =>
        collectors.Find(id) is { } collector
            ? TypedResults.Ok(await tester.TestAsync(collector, time, cancellationToken))
            : NotFound(id);

    private static async Task<Results<Ok<ConnectionTestResponse>, ValidationProblem>> TestUnsaved(
        CollectorRequest request, CollectorValidator validator, CollectorRepository collectors, CollectorSecrets secrets, ConnectionTestRunner tester, TimeProvider time, CancellationToken cancellationToken)
    {
        // A new collector's form may not have an id yet; the test needs only the plugin, settings and limits.
        var id = string.IsNullOrWhiteSpace(request.Id) ? UnsavedCollectorId : request.Id.Trim();
        var validation = validator.Validate(request, id);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors, title: "The collector is not valid.");
        }

        // The form of a saved collector shows its secrets masked; the test uses the stored secret where the mask came back.
        var candidate = validation.Collector!;
        secrets.Seal(candidate, collectors.Find(id));
        return TypedResults.Ok(await tester.TestAsync(candidate, time, cancellationToken));
    }

    private static Results<Ok<List<RunHistoryResponse>>, ProblemHttpResult> Runs(string id, int? limit, CollectorRepository collectors, RunHistoryStore history)
    {
        if (collectors.Find(id) is null)
        {
            return NotFound(id);
        }

        if (limit is < 1 or > RunHistoryStore.MaxLimit)
        {
            return TypedResults.Problem($"limit={limit} is outside 1 to {RunHistoryStore.MaxLimit}; give a whole number in that range, or leave it out for {DefaultRunLimit}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad limit");
        }

        return TypedResults.Ok(history.Newest(id, limit ?? DefaultRunLimit).Select(RunHistoryResponse.From).ToList());
    }

    private static ProblemHttpResult NotFound(string id) => CollectorsApi.NotFound(id);
}
