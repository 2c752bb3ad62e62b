using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// Polls a URL for answers: JSON (an array of answers, as HappyOrNot's <c>/v2/results/button-feedbacks.json</c>
/// returns) or CSV when the server answers <c>text/csv</c>. The checkpoint is the time of the newest answer read; the
/// URL's <c>{startDate}</c> becomes that time's local date (the day before now on the first poll) and <c>{since}</c>
/// the time itself, so each poll asks from where the last stopped and answers read twice are stored once. A
/// <c>Link: &lt;...&gt;; rel="next"</c> header is followed for further pages, as HappyOrNot pages its results.
/// </summary>
internal sealed partial class JsonUrlReader(FeedbackSettings settings, TimeZoneInfo timeZone, HttpClient http)
{
    /// <summary>The most pages one poll follows.</summary>
    public const int MaxPages = 100;

    private readonly FeedbackCsvParser _csv = new(settings, timeZone);
    private readonly FeedbackJsonParser _json = new(settings, timeZone);

    /// <summary>Polls the URL from <paramref name="checkpoint"/>, following further pages; the batch carries the next checkpoint.</summary>
    /// <exception cref="HttpRequestException">The server cannot be reached or answers other than 2xx; the message names the URL and status.</exception>
    /// <exception cref="InputException">A page is not valid JSON.</exception>
    public async Task<RecordBatch> ReadAsync(string? checkpoint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.TryParse(checkpoint, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : (DateTimeOffset?)null;
        var answers = ParsedAnswers.Empty;
        Uri? url = Expand(since, now);
        for (var page = 0; url is not null && page < MaxPages; page++)
        {
            using var response = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var source = $"GET {Redacted(url)}";
            answers = answers.Concat(response.Content.Headers.ContentType?.MediaType is "text/csv"
                ? _csv.Parse(body, source)
                : _json.ParseDocument(System.Text.Encoding.UTF8.GetString(body).TrimStart('\uFEFF'), source));
            url = NextPage(response, url);
        }

        var newest = answers.Updates.Select(update => update.AsOf).Append(since ?? DateTimeOffset.MinValue).Max();
        return new RecordBatch
        {
            Updates = answers.Updates,
            Problems = answers.Problems,
            Checkpoint = newest == DateTimeOffset.MinValue ? null : newest.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>One request to the URL, for the connection test.</summary>
    public async Task<ConnectionCheck> CheckAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var url = Expand(null, now);
        try
        {
            using var response = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new()
            {
                Succeeded = true,
                Message = $"GET {Redacted(url)} answered HTTP {(int)response.StatusCode} with {body.Length} bytes of {response.Content.Headers.ContentType?.MediaType ?? "unknown type"}.",
            };
        }
        catch (HttpRequestException exception)
        {
            return new() { Succeeded = false, Message = exception.Message };
        }
    }

    private async Task<HttpResponseMessage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv", 0.9));
        foreach (var (name, value) in settings.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new HttpRequestException($"GET {Redacted(url)} failed: {exception.Message}", exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            var reason = response.ReasonPhrase;
            response.Dispose();
            throw new HttpRequestException($"GET {Redacted(url)} answered HTTP {(int)status} {reason}; expected 200 with answers.", null, status);
        }

        return response;
    }

    private Uri Expand(DateTimeOffset? since, DateTimeOffset now)
    {
        var from = since ?? now.AddDays(-1);
        var startDate = TimeZoneInfo.ConvertTime(from, timeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = settings.Url!
            .Replace("{startDate}", startDate, StringComparison.Ordinal)
            .Replace("{since}", Uri.EscapeDataString(from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        return new Uri(text, UriKind.Absolute);
    }

    private static Uri? NextPage(HttpResponseMessage response, Uri current)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        var next = links.Select(link => NextLink().Match(link)).FirstOrDefault(match => match.Success);
        return next is not null && Uri.TryCreate(current, next.Groups["url"].Value, out var url) && url != current ? url : null;
    }

    /// <summary>The URL as errors show it: values of query parameters that look like credentials are hidden.</summary>
    public static string Redacted(Uri url) => SecretParameter().Replace(url.ToString(), "$1=***");

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;[^,]*rel\s*=\s*""?next""?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextLink();

    [GeneratedRegex(@"([?&](?:auth|token|api_?key|key|secret|password|access_token))=[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();
}
