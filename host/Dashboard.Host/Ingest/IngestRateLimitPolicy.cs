using System.Threading.RateLimiting;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using DashboardOptions = Dashboard.Host.Configuration.DashboardOptions;

namespace Dashboard.Host.Ingest;

/// <summary>
/// Pushes a minute per collector and presented key (<see cref="DashboardOptions.IngestRequestsPerMinute"/>): a sender
/// stuck in a loop cannot flood the single writer. The key, not the address, tells senders apart, so pushes with
/// wrong keys (from anywhere, even through the same reverse proxy) never use up the real sender's allowance; they are
/// refused by a hash lookup that writes nothing.
/// </summary>
public sealed class IngestRateLimitPolicy(IOptions<DashboardOptions> options) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "ingest";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) =>
    {
        var collectorId = rejected.HttpContext.Request.RouteValues["id"] as string;
        return RateLimitRejection.WriteAsync(
            rejected,
            "Too many pushes",
            seconds => $"Too many pushes to collector '{collectorId}' with this key: {options.Value.IngestRequestsPerMinute} a minute are allowed (Dashboard:IngestRequestsPerMinute). Nothing of this request was stored; send it again in {seconds} seconds, or send events in fewer, larger requests.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var collectorId = httpContext.Request.RouteValues["id"] as string ?? "";
        var permits = options.Value.IngestRequestsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(
            collectorId + "|" + KeyFingerprint(IngestRequest.PresentedKey(httpContext.Request)),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    // The limiter keeps its partition keys in memory; a hash keeps the keys themselves out of it.
    private static string KeyFingerprint(string? key) => key is null ? "" : Convert.ToHexString(IngestKeyStore.Hash(key));
}
