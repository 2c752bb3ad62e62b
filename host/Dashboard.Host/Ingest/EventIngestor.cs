using Dashboard.Host.Collectors;
using Dashboard.Host.Configuration;
using Dashboard.Host.Figures;
using Dashboard.Host.Plugins;
using Dashboard.Host.Records;
using Dashboard.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Ingest;

/// <summary>
/// Takes one push to a collector's ingest endpoint: checks its key, hands the body to the collector's plugin off the
/// request thread behind the collector's timeout, and stores the records in one transaction, or nothing at all.
/// </summary>
public sealed class EventIngestor(
    IngestKeyStore keys,
    CollectorRepository collectors,
    CollectorPluginBinder binder,
    IRecordStore records,
    IOptions<DashboardOptions> options,
    TimeProvider time)
{
    public async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> IngestAsync(string collectorId, HttpRequest request, IFigureRefresher figures, CancellationToken cancellationToken)
    {
        // Unknown collectors get the same answer as a wrong key, so the endpoint does not tell which ids exist.
        if (!await keys.VerifyAsync(collectorId, IngestRequest.PresentedKey(request), cancellationToken))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return IngestProblems.Unauthorized(collectorId);
        }

        var collector = collectors.Find(collectorId);
        if (collector is null)
        {
            return IngestProblems.CollectorGone(collectorId);
        }

        using var plugin = binder.TryBind(collector, time, checkpoint: null, out var unavailable);
        if (plugin is null)
        {
            return IngestProblems.Unavailable(collector, unavailable!);
        }

        if (plugin.Instance is not IPushReceiver receiver)
        {
            return IngestProblems.TakesNoPushes(collector, plugin.Id);
        }

        var mediaType = IngestRequest.MediaType(request);
        if (mediaType is null || !receiver.AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return IngestProblems.UnsupportedMediaType(collector, mediaType, receiver.AcceptedContentTypes);
        }

        var limit = options.Value.MaxIngestBodyBytes;
        if (await IngestRequest.ReadBodyAsync(request, limit, cancellationToken) is not { } body)
        {
            return IngestProblems.TooLarge(limit);
        }

        var input = new PushedInput { ContentType = mediaType, Body = body, SourceName = $"request {request.HttpContext.TraceIdentifier} to collector {collector.Id}" };
        return await ReceiveAndStoreAsync(collector, plugin, receiver, input, figures, cancellationToken);
    }

    private async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> ReceiveAndStoreAsync(
        Collector collector, BoundPlugin plugin, IPushReceiver receiver, PushedInput input, IFigureRefresher figures, CancellationToken cancellationToken)
    {
        var pluginId = plugin.Id;
        RecordBatch batch;
        try
        {
            batch = await PluginCall.RunAsync(token => receiver.ReceiveAsync(plugin.Context, input, token), plugin.Timeout, cancellationToken);
        }
        catch (InputException exception)
        {
            return IngestProblems.InputRefused(exception.Problem);
        }
        catch (PluginTimeoutException exception)
        {
            return IngestProblems.PluginTimedOut(pluginId, exception);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            plugin.Context.Logger.LogWarning(exception, "Plugin {PluginId} failed on a push to collector {CollectorId}", pluginId, collector.Id);
            return IngestProblems.PluginFailed(pluginId, plugin.Describe(exception));
        }

        var broken = RecordRules.CheckBatch(batch);
        if (broken.Count > 0)
        {
            return IngestProblems.BrokenBatch(pluginId, broken);
        }

        var result = await records.ApplyAsync(collector.Id, batch.Updates, checkpoint: null, cancellationToken);
        if (result.ChangedAnything)
        {
            figures.RequestRefresh(collector.Id);
        }

        var problems = batch.Problems.Select(problem => new IngestProblemResponse(problem.Line, problem.Index, problem.Field, problem.Message)).ToList();
        return TypedResults.Ok(new IngestResponse(result.New, result.Updated, result.Duplicate, problems.Count, problems));
    }
}
