using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Security;

/// <summary>Sign-in attempts per client address and minute (Dashboard:SignInLimit:AttemptsPerMinute).</summary>
public sealed class SignInLimitTests : IDisposable
{
    private readonly HostWithPlugins _host = new(new Dictionary<string, string?> { ["Dashboard:SignInLimit:AttemptsPerMinute"] = "3" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitInAMinute_Is429WithRetryAfterAndOtherRequestsStillWork()
    {
        using var client = _host.Factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // Three different user names: the account lockout never comes into it, only the address's attempts count.
            answers.Add((await client.PostAsJsonAsync("/api/account/login", new { userName = $"guess{attempt}", password = "wrong-password" })).StatusCode);
        }

        var fourth = await client.PostAsJsonAsync("/api/account/login", new { userName = "guess4", password = "wrong-password" });
        var problem = await fourth.Content.ReadFromJsonAsync<JsonElement>();
        var health = await client.GetAsync("/healthz");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(int.Parse(fourth.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("3 a minute are allowed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
