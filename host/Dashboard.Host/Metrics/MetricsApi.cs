using System.Security.Claims;
using Dashboard.Host.Security;
using Dashboard.Host.Dashboards;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Metrics;

/// <summary>Read-only metric endpoints for walls and integrations.</summary>
public static class MetricsApi
{
    public const int MaxSamplesPerRequest = 10_000;

    private const string DimensionPrefix = "dimension.";

    public static RouteGroupBuilder MapMetricsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics/{key}/samples", GetSamples).WithTags("Metrics");
        api.MapGet("/snapshot", GetSnapshot).WithTags("Metrics");
        return api;
    }

    /// <summary>
    /// Samples of one series; dimensions select a breakdown, e.g. <c>?dimension.servicePoint=Library</c>. With
    /// <c>points</c> the range comes back as that many equal steps, each the average of its values (steps without
    /// values left out), read from rollups: the cost follows the points, not the samples stored.
    /// </summary>
    private static Results<Ok<SamplesResponse>, ValidationProblem, ProblemHttpResult> GetSamples(
        string key, DateTimeOffset? from, DateTimeOffset? to, int? points, HttpRequest request, ClaimsPrincipal user, IMetricStore store, DashboardRepository dashboards, TimeProvider time)
    {
        if (!ReadableCollectors(user, dashboards)(MetricKeys.CollectorOf(key)))
        {
            return TypedResults.Problem($"No dashboard this screen may show has the metric '{key}'.", statusCode: StatusCodes.Status403Forbidden, title: "Not this metric");
        }

        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddHours(-24);
        if (start > end)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"'from' ({start:O}) is after 'to' ({end:O})."] });
        }

        if (points is < 1 or > MaxSamplesPerRequest)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["points"] = [$"'points' must be between 1 and {MaxSamplesPerRequest} (it is {points})."] });
        }

        var dimensions = request.Query
            .Where(pair => pair.Key.StartsWith(DimensionPrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key[DimensionPrefix.Length..], pair => pair.Value.ToString());
        var series = SeriesKey.For(key, dimensions);
        var samples = points is { } count
            ? store.GetTrend(series, start, end, count).Select(point => new SamplePoint(new DateTimeOffset(point.StartTicks, TimeSpan.Zero), point.Sum / point.Count)).ToList()
            : store.GetSamples(series, start, end, MaxSamplesPerRequest);
        return TypedResults.Ok(new SamplesResponse(key, dimensions, start, end, samples));
    }

    private static Ok<List<LastValueResponse>> GetSnapshot(ClaimsPrincipal user, IMetricStore store, DashboardRepository dashboards)
    {
        var mayRead = ReadableCollectors(user, dashboards);
        return TypedResults.Ok(store.GetLastValues()
            .Where(value => mayRead(value.CollectorId))
            .OrderBy(value => value.Id, StringComparer.Ordinal)
            .Select(value => new LastValueResponse(value.MetricKey, value.CollectorId, value.Dimensions, new DateTimeOffset(value.UtcTicks, TimeSpan.Zero), value.Value, value.State, value.Basis))
            .ToList());
    }

    // A metric is readable by whoever may see a dashboard that shows its collector; the dashboards are read once per request.
    private static Func<string, bool> ReadableCollectors(ClaimsPrincipal user, DashboardRepository dashboards)
    {
        if (DashboardAccess.IsSignedInUser(user))
        {
            return _ => true;
        }

        var visible = dashboards.GetAll()
            .Where(dashboard => DashboardAccess.CanView(user, dashboard.Id))
            .SelectMany(dashboard => dashboard.CollectorIds)
            .ToHashSet(StringComparer.Ordinal);
        return visible.Contains;
    }
}
