using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>A real Open311 server reached with <see cref="HttpClient"/>; each GET has its own timeout besides the run's.</summary>
internal sealed class HttpOpen311Server(HttpClient client, TimeSpan timeout) : IOpen311Server
{
    private const int MaxErrorTextLength = 300;

    /// <summary>The client the plugin uses: pooled connections renewed every few minutes so DNS changes are seen.</summary>
    public static HttpClient SharedClient { get; } = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = 64 * 1024 * 1024,
    };

    /// <inheritdoc />
    public string Describe(Open311Request request) => request.DisplayUrl;

    /// <inheritdoc />
    public async Task<ReadOnlyMemory<byte>> GetAsync(Open311Request request, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await client.SendAsync(message, deadline.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new Open311ServerException(
                    $"Open311 server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} to GET {request.DisplayUrl}{ErrorText(body)}");
            }

            return body;
        }
        catch (HttpRequestException exception)
        {
            throw new Open311ServerException($"Open311 server could not be reached at GET {request.DisplayUrl}: {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Open311ServerException(
                $"Open311 server did not answer GET {request.DisplayUrl} within {timeout.TotalSeconds:0} seconds.", exception);
        }
    }

    // GeoReport v2 errors carry a description, alone or in a list: [{"code":403,"description":"Invalid api_key"}].
    private static string ErrorText(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > 0
                ? document.RootElement[0]
                : document.RootElement;
            if (JsonFieldReader.Property(error, "description") is { ValueKind: JsonValueKind.String } description)
            {
                return ": " + Shorten(description.GetString()!);
            }
        }
        catch (JsonException)
        {
            // Not a GeoReport error document; the start of the body says more than nothing.
        }

        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length == 0 ? "." : ": " + Shorten(text);
    }

    private static string Shorten(string text) => text.Length <= MaxErrorTextLength ? text : text[..MaxErrorTextLength] + "...";
}
