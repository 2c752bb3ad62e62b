using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Features;

namespace Dashboard.Host.Ingest;

/// <summary>Reads what a push brings: its key, its media type and its body, the body no further than the limit.</summary>
public static class IngestRequest
{
    public const string KeyHeader = "X-Ingest-Key";

    private const int ChunkBytes = 81_920;

    /// <summary>The key from <c>Authorization: Bearer</c>, else from <see cref="KeyHeader"/>; null when neither has one.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var authorization)
            && authorization.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(authorization.Parameter))
        {
            return authorization.Parameter.Trim();
        }

        var header = request.Headers[KeyHeader].ToString();
        return string.IsNullOrWhiteSpace(header) ? null : header.Trim();
    }

    /// <summary>The media type without parameters, lower case; null when the request names none.</summary>
    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) && contentType.MediaType is { Length: > 0 } mediaType
            ? mediaType.ToLowerInvariant()
            : null;

    /// <summary>The whole body, or null as soon as it proves longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // The server's own limit (30 MB in Kestrel) must not cut in before ours; reading stops one byte past ours.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit + 1;
        }

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, limit));
        var chunk = new byte[ChunkBytes];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - body.Length);
            var read = await request.Body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return body.ToArray();
            }

            body.Write(chunk, 0, read);
            if (body.Length > limit)
            {
                return null;
            }
        }
    }
}
