using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;
using Dashboard.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Ingest;

/// <summary>The RFC 7807 answers of the ingest endpoint; none of them stores anything.</summary>
public static class IngestProblems
{
    public static ProblemHttpResult Unauthorized(string collectorId) => Problem(
        StatusCodes.Status401Unauthorized,
        "Ingest key missing or wrong",
        $"Send collector '{collectorId}''s ingest key as 'Authorization: Bearer <key>' or in the '{IngestRequest.KeyHeader}' header. An admin can issue a new one with POST /api/collectors/{{id}}/ingest-key.");

    public static ProblemHttpResult CollectorGone(string collectorId) =>
        Problem(StatusCodes.Status404NotFound, "Collector not found", $"There is no collector '{collectorId}'.");

    public static ProblemHttpResult Unavailable(Collector collector, string reason) =>
        Problem(StatusCodes.Status409Conflict, "Collector cannot take input now", $"Collector '{collector.Id}': {reason}");

    public static ProblemHttpResult TakesNoPushes(Collector collector, string pluginId) => Problem(
        StatusCodes.Status409Conflict,
        "Collector does not take pushed input",
        $"Plugin '{pluginId}' of collector '{collector.Id}' reads its input on schedule and does not take pushed events.");

    public static ProblemHttpResult UnsupportedMediaType(Collector collector, string? mediaType, IReadOnlyList<string> accepted) => Problem(
        StatusCodes.Status415UnsupportedMediaType,
        "Content type not accepted",
        $"Collector '{collector.Id}' takes {string.Join(", ", accepted)}; the request says '{mediaType ?? "(no Content-Type)"}'.",
        new Dictionary<string, object?> { ["accepted"] = accepted });

    public static ProblemHttpResult TooLarge(long limit) => Problem(
        StatusCodes.Status413PayloadTooLarge,
        "Body too large",
        $"A push may carry at most {limit} bytes (setting Dashboard:MaxIngestBodyBytes); send the events in smaller batches.");

    public static ProblemHttpResult InputRefused(InputProblem problem) => Problem(
        StatusCodes.Status400BadRequest,
        "Input refused",
        problem.ToString(),
        new Dictionary<string, object?> { ["source"] = problem.Source, ["line"] = problem.Line, ["index"] = problem.Index, ["field"] = problem.Field });

    public static ProblemHttpResult BrokenBatch(string pluginId, IReadOnlyList<string> problems) => Problem(
        StatusCodes.Status422UnprocessableEntity,
        "Plugin returned records that break the rules",
        $"Plugin '{pluginId}' turned this input into records the host cannot store, so none were stored: {string.Join(" ", problems.Take(5))}",
        new Dictionary<string, object?> { ["problems"] = problems });

    public static ProblemHttpResult PluginTimedOut(string pluginId, PluginTimeoutException exception) => Problem(
        StatusCodes.Status504GatewayTimeout,
        "Plugin timed out",
        $"Plugin '{pluginId}' {exception.Message}; nothing was stored. Send smaller batches or ask an admin to raise the collector's timeout.");

    public static ProblemHttpResult PluginFailed(string pluginId, PluginError error) => Problem(
        StatusCodes.Status502BadGateway,
        "Plugin failed",
        $"Plugin '{pluginId}' failed: {error}; nothing was stored.",
        new Dictionary<string, object?> { ["exceptionType"] = error.Type, ["exceptionMessage"] = error.Message, ["pluginFrame"] = error.Location });

    private static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
}
