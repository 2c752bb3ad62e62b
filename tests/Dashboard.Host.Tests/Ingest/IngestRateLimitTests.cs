using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Host.Tests.Ingest;

/// <summary>Pushes a minute per collector and address (Dashboard:IngestRequestsPerMinute).</summary>
public sealed class IngestRateLimitTests : IDisposable
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
    public async Task Events_WrongKeyPushesFromAnotherAddress_DoNotUseUpTheSendersAllowance()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var strangerAnswers = new List<int>();
        for (var push = 1; push <= 5; push++)
        {
            var answered = await _host.Server.SendAsync(context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
                context.Request.Method = HttpMethods.Post;
                context.Request.Path = "/api/collectors/desk/events";
                context.Request.Headers.Authorization = "Bearer dsk_guessed";
                context.Request.ContentType = IngestHost.Ndjson;
                context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(IngestHost.Event("forged", push)));
            });
            strangerAnswers.Add(answered.Response.StatusCode);
        }

        var real = await _host.PushAsync("desk", key, IngestHost.Event("call-1", 1));

        Assert.Equal([401, 401, 401, 429, 429], strangerAnswers);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal(["call-1"], _host.AllRecords("desk").Select(record => record.Id));
    }
}
