using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dashboard.Host.Security;

/// <summary>The answer to a request a rate limit refused: 429, a Retry-After header and a problem saying when to retry.</summary>
public static class RateLimitRejection
{
    /// <param name="detail">The problem's detail, given the seconds until a retry may succeed.</param>
    public static async ValueTask WriteAsync(OnRejectedContext rejected, string title, Func<int, string> detail)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(detail(seconds), statusCode: StatusCodes.Status429TooManyRequests, title: title).ExecuteAsync(rejected.HttpContext);
    }
}
