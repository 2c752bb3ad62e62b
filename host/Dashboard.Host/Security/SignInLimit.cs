using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Security;

/// <summary>The rate limit on sign-in and setup attempts per client address, and the problem a refused attempt gets.</summary>
public static class SignInLimit
{
    public const string PolicyName = "sign-in";

    public static void AddSignInLimit(this RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = RejectAsync;
        options.AddPolicy(PolicyName, context =>
        {
            var attempts = Math.Max(1, context.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value.AttemptsPerMinute);
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
    }

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var attempts = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value.AttemptsPerMinute;
        return RateLimitRejection.WriteAsync(
            rejected,
            "Too many attempts",
            seconds => $"Too many sign-in attempts from this address: {attempts} a minute are allowed. Try again in {seconds} seconds.");
    }
}
