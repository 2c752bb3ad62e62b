using System.Globalization;
using System.Net;
using System.Text.Json;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class JsonUrlReaderTests
{
    private const string Path = "v2/results/button-feedbacks.json";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReadAsync_JsonUrl_ReadsAnswersAndAsksFromTheCheckpointNextTime()
    {
        await using var server = new TestHttpServer(_ => Task.FromResult(Json(Answer("a", "2026-03-02T10:15:00", 3), Answer("b", "2026-03-02T11:20:00", 1))));
        var harness = Harness();
        var settings = Settings(harness, server, "?startDate={startDate}&since={since}&includeMisuse=true", withToken: true);

        var first = await harness.ReadAsync(settings).WaitAsync(Patience);
        var second = await harness.ReadAsync(settings).WaitAsync(Patience);

        Assert.Equal(["a", "b"], first.Updates.Select(update => update.RecordId));
        // The newest answer, 11:20 Helsinki winter time, is 09:20 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 20, 0, TimeSpan.Zero), DateTimeOffset.Parse(first.Checkpoint!, CultureInfo.InvariantCulture));
        Assert.Equal(2, harness.Records.Count);
        Assert.Equal(2, second.Updates.Count);
        // First poll: from a day before now (Monday 12:00 -> Sunday 1 March). Next: from the checkpoint's local date.
        Assert.Contains("startDate=2026-03-01", server.Requests[0].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("startDate=2026-03-02", server.Requests[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("since=2026-03-02T09%3A20%3A00", server.Requests[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("secret", server.Requests[0].Headers["X-HON-API-Token"]);
    }

    [Fact]
    public async Task ReadAsync_LinkToNextPage_IsFollowed()
    {
        await using var server = new TestHttpServer(request => Task.FromResult(request.QueryString["offset"] == "1"
            ? Json(Answer("b", "2026-03-02T10:16:00", 2))
            : Json(Answer("a", "2026-03-02T10:15:00", 3)) with
            {
                Headers = new Dictionary<string, string> { ["X-More-Available"] = "true", ["Link"] = $"<{request.Url!.GetLeftPart(UriPartial.Path)}?offset=1&limit=1>; rel=\"next\"" },
            }));
        var harness = Harness();

        var batch = await harness.ReadAsync(Settings(harness, server, "?offset=0&limit=1")).WaitAsync(Patience);

        Assert.Equal(["a", "b"], batch.Updates.Select(update => update.RecordId));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_CsvAnswer_IsReadAsCsv()
    {
        await using var server = new TestHttpServer(_ => Task.FromResult(new TestResponse(200, "text/csv; charset=utf-8", $"{ExportHeader}\nf1,1,2026-03-02T10:15:00,3330,390,2,false,0,physical,SMILEY_TERMINAL\n")));
        var harness = Harness();

        var batch = await harness.ReadAsync(Settings(harness, server, "")).WaitAsync(Patience);

        Assert.Equal("f1", Assert.Single(batch.Updates).RecordId);
    }

    [Fact]
    public async Task ReadAsync_ServerError_FailsNamingTheUrlAndStatusWithoutTheToken()
    {
        await using var server = new TestHttpServer(_ => Task.FromResult(new TestResponse(503, "text/plain", "down")));
        var harness = Harness();

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => harness.ReadAsync(Settings(harness, server, "?auth=secret-token&startDate={startDate}")).WaitAsync(Patience));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Contains($"GET {server.BaseUrl}{Path}?auth=***&startDate=2026-03-01", exception.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", exception.Message, StringComparison.Ordinal);
        Assert.Null(harness.Checkpoint);
    }

    [Fact]
    public async Task ReadAsync_InvalidJson_IsRefusedNamingTheUrl()
    {
        await using var server = new TestHttpServer(_ => Task.FromResult(new TestResponse(200, "application/json", "[{\"feedbackId\":")));
        var harness = Harness();

        var exception = await Assert.ThrowsAsync<InputException>(() => harness.ReadAsync(Settings(harness, server, "")).WaitAsync(Patience));

        Assert.StartsWith($"GET {server.BaseUrl}", exception.Problem.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SlowServer_StopsWhenTheTimeoutCancels()
    {
        var never = new TaskCompletionSource<TestResponse>();
        await using var server = new TestHttpServer(_ => never.Task);
        var harness = Harness();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.ReadAsync(Settings(harness, server, ""), timeout.Token).WaitAsync(Patience));
    }

    [Fact]
    public async Task TestConnectionAsync_Url_SaysWhetherItAnswers()
    {
        await using var server = new TestHttpServer(request => Task.FromResult(request.Url!.AbsolutePath.EndsWith("missing", StringComparison.Ordinal)
            ? new TestResponse(404, "text/plain", "no")
            : Json()));
        var harness = Harness();
        var good = new CollectContext("c", Settings(harness, server, ""), harness.Time, harness.Logger);
        var bad = new CollectContext("c", harness.BindSettings(JsonSerializer.Serialize(new { source = "jsonUrl", url = server.BaseUrl + "missing" })), harness.Time, harness.Logger);

        var answered = await harness.Plugin.TestConnectionAsync(good, CancellationToken.None).WaitAsync(Patience);
        var failed = await harness.Plugin.TestConnectionAsync(bad, CancellationToken.None).WaitAsync(Patience);

        Assert.True(answered.Succeeded, answered.Message);
        Assert.Contains("answered HTTP 200", answered.Message, StringComparison.Ordinal);
        Assert.False(failed.Succeeded);
        Assert.Contains("HTTP 404", failed.Message, StringComparison.Ordinal);
    }

    private static RecordPluginHarness<FeedbackPlugin> Harness() => new(startTime: Local(2026, 3, 2, 12)) { TimeZone = Helsinki };

    private static object Settings(RecordPluginHarness<FeedbackPlugin> harness, TestHttpServer server, string query, bool withToken = false) =>
        harness.BindSettings(JsonSerializer.Serialize(new
        {
            source = "jsonUrl",
            url = server.BaseUrl + Path + query,
            headers = !withToken ? new Dictionary<string, string>() : new Dictionary<string, string> { ["X-HON-API-Token"] = "secret" },
        }));

    private static TestResponse Json(params object[] answers) => new(200, "application/json", JsonSerializer.Serialize(answers));

    private static object Answer(string id, string localTime, int button) => new
    {
        feedbackId = id,
        smileyId = 7764,
        localTime,
        surveyId = 3330,
        experiencePointId = 390,
        buttonIndex = button,
        misuse = false,
        position = 0,
        smileyType = "SMILEY_TERMINAL",
        ui = "physical",
    };
}
