using System.Globalization;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>A service request of <see cref="ServiceRequestStore"/>.</summary>
internal sealed record FixtureRequest(string Id, DateTimeOffset Requested, DateTimeOffset Updated, string Status = "open", string Category = "Parks")
{
    public Dictionary<string, object?> ToJson() => new()
    {
        ["service_request_id"] = Id,
        ["status"] = Status,
        ["service_name"] = Category,
        ["service_code"] = "171",
        ["requested_datetime"] = Requested.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["updated_datetime"] = Updated.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
