using System.Globalization;
using System.Text;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>One GET of <c>requests.json</c>: the span asked for, the page and the server's own parameters.</summary>
internal sealed record Open311Request
{
    /// <summary>Shown instead of the API key wherever a URL is logged or reported.</summary>
    public const string HiddenKey = "***";

    public required string BaseUrl { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    /// <summary>The time zone the dates are written in, with its offset.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public Open311Query Query { get; init; }

    /// <summary>1-based page; null sends no paging parameters.</summary>
    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public bool Extensions { get; init; }

    public string? JurisdictionId { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>The URL to GET, with the API key.</summary>
    public Uri Url => new(Build(ApiKey));

    /// <summary>The URL as errors and logs show it: the API key replaced by <see cref="HiddenKey"/>.</summary>
    public string DisplayUrl => Build(ApiKey is null ? null : HiddenKey);

    /// <summary><c>requests.json</c> under the base URL, unless the base URL already names it.</summary>
    public static string Endpoint(string baseUrl)
    {
        var path = baseUrl.Split('?', 2)[0];
        return path.EndsWith("requests.json", StringComparison.OrdinalIgnoreCase) ? path : path.TrimEnd('/') + "/requests.json";
    }

    private string Build(string? apiKey)
    {
        var (fromName, toName) = Query == Open311Query.Updated ? ("updated_after", "updated_before") : ("start_date", "end_date");
        var parameters = new List<(string Name, string? Value)>
        {
            ("jurisdiction_id", JurisdictionId),
            (fromName, Format(From)),
            (toName, Format(To)),
            ("extensions", Extensions ? "true" : null),
            ("page_size", PageSize?.ToString(CultureInfo.InvariantCulture)),
            ("page", Page?.ToString(CultureInfo.InvariantCulture)),
            ("api_key", apiKey),
        };

        var url = new StringBuilder(Endpoint(BaseUrl));
        var separator = '?';
        foreach (var (name, value) in parameters.Where(parameter => parameter.Value is not null))
        {
            // Escaping matters: an unescaped '+' of an offset such as +02:00 arrives at the server as a space.
            url.Append(separator).Append(name).Append('=').Append(value == HiddenKey ? value : Uri.EscapeDataString(value!));
            separator = '&';
        }

        return url.ToString();
    }

    // W3C date-time with the collector's offset, as the specification asks for dates in queries.
    private string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
