using System.Threading.RateLimiting;
using Dashboard.Host.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using DashboardOptions = Dashboard.Host.Configuration.DashboardOptions;

namespace Dashboard.Host.Ingest;

/// <summary>
/// Pushes a minute per collector and sending address (<see cref="DashboardOptions.IngestRequestsPerMinute"/>): a bridge
/// stuck in a loop cannot flood the single writer, and requests with a wrong key from another address do not use up
/// the real sender's allowance.
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
            seconds => $"Too many pushes to collector '{collectorId}' from this address: {options.Value.IngestRequestsPerMinute} a minute are allowed (Dashboard:IngestRequestsPerMinute). Nothing of this request was stored; send it again in {seconds} seconds, or send events in fewer, larger requests.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var collectorId = httpContext.Request.RouteValues["id"] as string ?? "";
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var permits = options.Value.IngestRequestsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(
            collectorId + "|" + address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
