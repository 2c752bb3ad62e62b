using System.Globalization;
using Dashboard.Sdk;
using Microsoft.Extensions.Logging;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>
/// Polls <c>requests.json</c> from the checkpoint to now. The checkpoint is the latest request time seen
/// (<c>requested_datetime</c>, or <c>updated_datetime</c> with the updated query); the next poll starts
/// <c>overlapMinutes</c> before it (and <c>lookBackDays</c> with the requested query), so a request at the boundary or
/// committed late is read again rather than missed; reading one twice changes nothing because its id is stable.
/// Spans longer than the 90 days the specification allows per query are split, and pages are followed while a page
/// is full and brings ids not seen before (a server that ignores <c>page</c> repeats its first page).
/// </summary>
/// <param name="server">Where the documents come from.</param>
/// <param name="settings">Paging, overlap, look-back and first-read span.</param>
/// <param name="endpoint">The base URL and query; the demo overrides the settings' with its own.</param>
/// <param name="zone">The collector's time zone.</param>
/// <param name="logger">The collector's logger.</param>
internal sealed class Open311Poller(
    IOpen311Server server, ComplaintTrendsSettings settings, (string BaseUrl, Open311Query Query) endpoint, TimeZoneInfo zone, ILogger logger)
{
    /// <summary>The longest span GeoReport v2 allows in one query.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    /// <summary>The most pages one span may have before the run fails rather than skip requests.</summary>
    public const int MaxPages = 1000;

    /// <summary>Reads everything new since <paramref name="checkpoint"/> up to <paramref name="now"/>.</summary>
    public async Task<RecordBatch> PollAsync(string? checkpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = ReadCheckpoint(checkpoint);
        var from = last is { } seen
            ? seen - TimeSpan.FromMinutes(settings.OverlapMinutes) - (endpoint.Query == Open311Query.Requested ? TimeSpan.FromDays(settings.LookBackDays) : TimeSpan.Zero)
            : now - TimeSpan.FromDays(settings.FirstReadDays);
        var complaints = new List<Complaint>();
        var problems = new List<InputProblem>();
        for (var spanStart = Min(from, now); spanStart < now; spanStart += MaxSpan)
        {
            var spanEnd = Min(spanStart + MaxSpan, now);
            await ReadSpanAsync(spanStart, spanEnd, complaints, problems, cancellationToken).ConfigureAwait(false);
        }

        // A server clock ahead of ours must not move the checkpoint past what our next query will ask for.
        var latest = complaints.Select(SeenTime).Where(time => time <= now).Append(last ?? DateTimeOffset.MinValue).Max();
        logger.LogDebug("Open311 poll from {From} to {To}: {Count} service requests, {Problems} skipped", from, now, complaints.Count, problems.Count);
        return new RecordBatch
        {
            Updates = [.. complaints.Select(complaint => complaint.ToUpdate())],
            Checkpoint = latest == DateTimeOffset.MinValue ? checkpoint : latest.ToString("O", CultureInfo.InvariantCulture),
            Problems = problems,
        };
    }

    /// <summary>The first page of the last day, to see that the server answers with service requests.</summary>
    public async Task<Open311Page> ProbeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = Request(now - TimeSpan.FromDays(1), now, settings.PageSize is null ? null : 1);
        var body = await server.GetAsync(request, cancellationToken).ConfigureAwait(false);
        return Open311DocumentParser.Parse(body, server.Describe(request), zone);
    }

    private async Task ReadSpanAsync(
        DateTimeOffset from, DateTimeOffset to, List<Complaint> complaints, List<InputProblem> problems, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var request = Request(from, to, settings.PageSize is null ? null : page);
            var body = await server.GetAsync(request, cancellationToken).ConfigureAwait(false);
            var result = Open311DocumentParser.Parse(body, server.Describe(request), zone);
            complaints.AddRange(result.Complaints);
            problems.AddRange(result.Problems);
            var newIds = result.Complaints.Count(complaint => ids.Add(complaint.Id));
            if (settings.PageSize is not { } size || result.ItemCount < size || newIds == 0)
            {
                return;
            }

            if (page == MaxPages)
            {
                throw new Open311ServerException(
                    $"{server.Describe(request)} still had full pages after {MaxPages} pages; raise pageSize or lower firstReadDays so that no request is skipped.");
            }
        }
    }

    private Open311Request Request(DateTimeOffset from, DateTimeOffset to, int? page) => new()
    {
        BaseUrl = endpoint.BaseUrl,
        From = from,
        To = to,
        TimeZone = zone,
        Query = endpoint.Query,
        Page = page,
        PageSize = settings.PageSize,
        Extensions = settings.Extensions,
        JurisdictionId = string.IsNullOrWhiteSpace(settings.JurisdictionId) ? null : settings.JurisdictionId.Trim(),
        ApiKey = string.IsNullOrWhiteSpace(settings.ApiKey) ? null : settings.ApiKey,
    };

    private DateTimeOffset SeenTime(Complaint complaint) => endpoint.Query == Open311Query.Updated ? complaint.AsOf : complaint.Received;

    // A checkpoint this poller did not write (the source was changed) starts again like a first read.
    private DateTimeOffset? ReadCheckpoint(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(checkpoint, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        logger.LogWarning("Checkpoint {Checkpoint} is not an Open311 checkpoint; reading the last {Days} days again", checkpoint, settings.FirstReadDays);
        return null;
    }

    private static DateTimeOffset Min(DateTimeOffset first, DateTimeOffset second) => first < second ? first : second;
}
