using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dashboard.Host.Tests.Ingest;

/// <summary>Pushes a minute per collector and presented key (Dashboard:IngestRequestsPerMinute).</summary>
public sealed class IngestRateLimitPolicyTests : IDisposable
{
    private readonly IngestHost _host = new(new Dictionary<string, string?> { ["Dashboard:IngestRequestsPerMinute"] = "3" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Events_MorePushesThanTheLimitInAMinute_Is429WithRetryAfterStoresNothingOfItAndLeavesOtherCollectorsAlone()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var otherKey = await _host.CreateCollectorAsync("other-desk");
        var answers = new List<HttpStatusCode>();
        for (var push = 1; push <= 3; push++)
        {
            answers.Add((await _host.PushAsync("desk", key, IngestHost.Event($"call-{push}", push))).StatusCode);
        }

        var fourth = await _host.PushAsync("desk", key, IngestHost.Event("call-4", 4));
        var problem = await fourth.Content.ReadFromJsonAsync<JsonElement>();
        var other = await _host.PushAsync("other-desk", otherKey, IngestHost.Event("call-1", 1));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(int.Parse(fourth.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("Too many pushes", problem.GetProperty("title").GetString());
        Assert.Contains("collector 'desk'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("3 a minute are allowed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["call-1", "call-2", "call-3"], _host.AllRecords("desk").Select(record => record.Id).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Events_WrongKeyPushesBeforeTheSendersOwn_DoNotUseUpItsAllowance()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var strangerAnswers = new List<HttpStatusCode>();
        for (var push = 1; push <= 5; push++)
        {
            strangerAnswers.Add((await _host.PushAsync("desk", "dsk_guessed", IngestHost.Event("forged", push))).StatusCode);
        }

        var real = await _host.PushAsync("desk", key, IngestHost.Event("call-1", 1));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], strangerAnswers);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal(["call-1"], _host.AllRecords("desk").Select(record => record.Id));
    }
}
