using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>
/// The service requests behind a <see cref="FakeOpen311Server"/>, answered as a GeoReport v2 server does: filtered by
/// <c>start_date</c>/<c>end_date</c> on the request time (or CitySDK <c>updated_after</c>/<c>updated_before</c> on the
/// update time), newest first, paged with <c>page</c>/<c>page_size</c>.
/// </summary>
internal sealed class ServiceRequestStore
{
    private readonly object _gate = new();
    private readonly List<FixtureRequest> _requests = [];

    public void Add(params FixtureRequest[] requests)
    {
        lock (_gate)
        {
            _requests.AddRange(requests);
        }
    }

    public (int Status, string Body) Answer(HttpListenerRequest request)
    {
        var query = request.QueryString;
        var byUpdate = query["updated_after"] is not null;
        var from = Time(query[byUpdate ? "updated_after" : "start_date"]);
        var to = Time(query[byUpdate ? "updated_before" : "end_date"]);
        List<FixtureRequest> matching;
        lock (_gate)
        {
            matching =
            [
                .. _requests
                    .Where(fixture => (byUpdate ? fixture.Updated : fixture.Requested) is var time && time >= from && time <= to)
                    .OrderByDescending(fixture => fixture.Requested)
                    .ThenBy(fixture => fixture.Id, StringComparer.Ordinal),
            ];
        }

        if (query["page_size"] is { } size && query["page"] is { } page)
        {
            var pageSize = int.Parse(size, CultureInfo.InvariantCulture);
            matching = [.. matching.Skip((int.Parse(page, CultureInfo.InvariantCulture) - 1) * pageSize).Take(pageSize)];
        }

        return (200, JsonSerializer.Serialize(matching.Select(fixture => fixture.ToJson())));
    }

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.ParseExact(text ?? throw new InvalidOperationException("The poll sent no date."), "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
