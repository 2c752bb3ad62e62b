using System.Text.Json;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.ComplaintTrends.Open311;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>Scheduled reads from an Open311 server: a real HTTP server on 127.0.0.1 answers.</summary>
public sealed class Open311PollerTests
{
    // The harness clock starts on Monday 2 March 2026 at 09:00 in Helsinki (07:00 UTC, UTC+2).
    private readonly RecordPluginHarness<ComplaintTrendsPlugin> _harness = new();

    [Fact]
    public async Task ReadAsync_FirstRead_AsksForTheFirstReadDaysWithEscapedOffsetsKeyAndJurisdiction()
    {
        await using var server = FakeOpen311Server.Start(_ => (200, "[]"));

        await _harness.ReadAsync(Settings(server, """ "jurisdictionId": "city.example", "apiKey": "s3cret", "pageSize": null """));

        var url = Assert.Single(server.Requests);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("/open311/v2/requests.json", url.AbsolutePath);
        // 8 days before 09:00 on 2 March is 09:00 on 22 February, both at UTC+2.
        Assert.Equal("2026-02-22T09:00:00+02:00", query["start_date"]);
        Assert.Equal("2026-03-02T09:00:00+02:00", query["end_date"]);
        Assert.Equal(("city.example", "s3cret", "true"), (query["jurisdiction_id"], query["api_key"], query["extensions"]));
        Assert.Null(query["page"]);
        // An unescaped '+' would reach the server as a space.
        Assert.Contains("%2B02%3A00", url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FullPages_FollowsThePagesUntilAShortOne()
    {
        var store = new ServiceRequestStore();
        store.Add([.. Enumerable.Range(0, 250).Select(number => Fixture($"r{number}", LocalClock.MondayAt(8).AddSeconds(-number)))]);
        await using var server = FakeOpen311Server.Start(store.Answer);

        await _harness.ReadAsync(Settings(server, """ "pageSize": 100 """));

        // 250 requests: pages of 100, 100 and 50.
        Assert.Equal(["1", "2", "3"], server.Requests.Select(url => System.Web.HttpUtility.ParseQueryString(url.Query)["page"]));
        Assert.Equal(250, _harness.Records.Count);
    }

    [Fact]
    public async Task ReadAsync_ServerIgnoresPaging_StopsWhenAPageBringsNothingNew()
    {
        var page = JsonSerializer.Serialize(Enumerable.Range(0, 100).Select(number => Fixture($"r{number}", LocalClock.MondayAt(8)).ToJson()));
        await using var server = FakeOpen311Server.Start(_ => (200, page));

        await _harness.ReadAsync(Settings(server, """ "pageSize": 100 """));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(100, _harness.Records.Count);
    }

    [Fact]
    public async Task ReadAsync_RequestedQueryTwice_ReadsOnFromTheCheckpointWithoutGapOrDoubleCount()
    {
        var store = new ServiceRequestStore();
        store.Add(Fixture("r1", LocalClock.MondayAt(8)), Fixture("r2", LocalClock.Helsinki(new DateOnly(2026, 2, 28), 12)));
        await using var server = FakeOpen311Server.Start(store.Answer);
        var settings = Settings(server, "");

        await _harness.ReadAsync(settings);
        Assert.Equal(LocalClock.MondayAt(8), DateTimeOffset.Parse(_harness.Checkpoint!, System.Globalization.CultureInfo.InvariantCulture));

        _harness.Time.Advance(TimeSpan.FromHours(1));
        store.Add(
            Fixture("r3", LocalClock.MondayAt(8, 55)),
            Fixture("r4", LocalClock.MondayAt(9, 30)),
            Fixture("r1", LocalClock.MondayAt(8)) with { Status = "closed", Updated = LocalClock.MondayAt(9, 45) });
        await _harness.ReadAsync(settings);

        // The second poll starts 10 minutes and 30 look-back days before the checkpoint (08:00 on 2 March).
        var second = System.Web.HttpUtility.ParseQueryString(server.Requests.Last().Query);
        Assert.Equal("2026-01-31T07:50:00+02:00", second["start_date"]);
        Assert.Equal(["r1", "r2", "r3", "r4"], _harness.Records.Select(record => record.Id).Order());
        Assert.Equal(LocalClock.MondayAt(9, 45), _harness.Records.Single(record => record.Id == "r1").End);
        // Today until 10:00: r1 (08:00), r3 (08:55) and r4 (09:30), each once although r1 was read twice.
        var figures = _harness.Compute(settings, _harness.Today(_harness.TimeZone));
        Assert.Equal(3, figures.Single(figure => figure.MetricKey == ComplaintMetrics.NewComplaintsPerDay).Value);
    }

    [Fact]
    public async Task ReadAsync_UpdatedQuery_ReadsAgainFromTheOverlapSoALateCommittedChangeIsNotMissed()
    {
        var store = new ServiceRequestStore();
        store.Add(
            Fixture("r1", LocalClock.Helsinki(new DateOnly(2026, 2, 20), 10)) with { Status = "closed", Updated = LocalClock.MondayAt(8) },
            Fixture("r2", LocalClock.MondayAt(8, 30)));
        await using var server = FakeOpen311Server.Start(store.Answer);
        var settings = Settings(server, """ "query": "updated" """);

        await _harness.ReadAsync(settings);
        _harness.Time.Advance(TimeSpan.FromHours(1));
        // r3 was changed at 08:25 but committed only after the first poll had seen r2's change at 08:30.
        store.Add(Fixture("r3", LocalClock.MondayAt(8, 25)), Fixture("r4", LocalClock.MondayAt(9, 10)));
        await _harness.ReadAsync(settings);

        var second = System.Web.HttpUtility.ParseQueryString(server.Requests.Last().Query);
        // Checkpoint 08:30 (the latest update seen) minus the 10-minute overlap.
        Assert.Equal("2026-03-02T08:20:00+02:00", second["updated_after"]);
        Assert.Equal("2026-03-02T10:00:00+02:00", second["updated_before"]);
        Assert.Equal(["r1", "r2", "r3", "r4"], _harness.Records.Select(record => record.Id).Order());
    }

    [Fact]
    public async Task ReadAsync_FirstReadLongerThanNinetyDays_SplitsItIntoSpansTheSpecificationAllows()
    {
        await using var server = FakeOpen311Server.Start(_ => (200, "[]"));

        await _harness.ReadAsync(Settings(server, """ "firstReadDays": 200, "pageSize": null """));

        // 200 days: 90 + 90 + 20, each span starting where the one before ended.
        var spans = server.Requests.Select(url => System.Web.HttpUtility.ParseQueryString(url.Query))
            .Select(query => (From: DateTimeOffset.Parse(query["start_date"]!, System.Globalization.CultureInfo.InvariantCulture), To: DateTimeOffset.Parse(query["end_date"]!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal([90.0, 90.0, 20.0], spans.Select(span => (span.To - span.From).TotalDays));
        Assert.Equal(spans[0].To, spans[1].From);
        Assert.Equal(_harness.Time.GetUtcNow(), spans[2].To);
    }

    [Fact]
    public async Task ReadAsync_HttpError_FailsNamingTheUrlAndStatusWithoutTheKey()
    {
        await using var server = FakeOpen311Server.Start(_ => (403, """[{"code":403,"description":"Invalid api_key"}]"""));

        var exception = await Assert.ThrowsAsync<Open311ServerException>(() => _harness.ReadAsync(Settings(server, """ "apiKey": "s3cret" """)));

        Assert.Contains("HTTP 403", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"GET {server.BaseUrl}requests.json?", exception.Message, StringComparison.Ordinal);
        Assert.Contains("api_key=***", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid api_key", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Records);
        Assert.Null(_harness.Checkpoint);
    }

    [Fact]
    public async Task ReadAsync_ServerDown_FailsNamingTheUrl()
    {
        var baseUrl = $"http://127.0.0.1:{FakeOpen311Server.FreePort()}/open311/";

        var exception = await Assert.ThrowsAsync<Open311ServerException>(
            () => _harness.ReadAsync(_harness.BindSettings($$"""{ "source": "open311", "baseUrl": "{{baseUrl}}" }""")));

        Assert.StartsWith($"Open311 server could not be reached at GET {baseUrl}requests.json?start_date=", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ServerTooSlow_FailsAtTheTimeout()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = FakeOpen311Server.Start(async _ =>
        {
            await release.Task;
            return (200, "[]");
        });

        var exception = await Assert.ThrowsAsync<Open311ServerException>(() => _harness.ReadAsync(Settings(server, """ "timeoutSeconds": 1 """)));
        release.SetResult();

        Assert.Contains("did not answer GET", exception.Message, StringComparison.Ordinal);
        Assert.Contains("within 1 seconds", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AnswerNotJson_RefusesItNamingTheUrl()
    {
        await using var server = FakeOpen311Server.Start(_ => (200, "<html>Maintenance</html>"));

        var exception = await Assert.ThrowsAsync<InputException>(() => _harness.ReadAsync(Settings(server, "")));

        Assert.StartsWith($"{server.BaseUrl}requests.json?start_date=", exception.Problem.Source, StringComparison.Ordinal);
        Assert.Empty(_harness.Records);
    }

    [Fact]
    public async Task ReadAsync_BadRequestInAPage_SkipsItNamingThePageAndIndex()
    {
        await using var server = FakeOpen311Server.Start(_ => (200, """
            [{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T08:00:00+02:00"},
             {"service_request_id":"2","status":"open","requested_datetime":"2.3.2026 kello 8"}]
            """));

        var batch = await _harness.ReadAsync(Settings(server, ""));

        var problem = Assert.Single(batch.Problems);
        Assert.Contains("page=1", problem.Source, StringComparison.Ordinal);
        Assert.Equal((1, "requested_datetime"), (problem.Index, problem.Field));
        Assert.Equal("1", Assert.Single(_harness.Records).Id);
    }

    [Fact]
    public async Task TestConnectionAsync_ServerAnswers_SaysHowManyRequestsItGave()
    {
        var store = new ServiceRequestStore();
        store.Add(Fixture("r1", LocalClock.MondayAt(8)));
        await using var server = FakeOpen311Server.Start(store.Answer);

        var check = await _harness.Plugin.TestConnectionAsync(Context(Settings(server, "")), CancellationToken.None);

        Assert.True(check.Succeeded);
        Assert.Equal("The Open311 server answered with 1 service requests of the last day (0 could not be read).", check.Message);
    }

    [Fact]
    public async Task TestConnectionAsync_ServerAnswersNotFound_FailsWithTheStatus()
    {
        await using var server = FakeOpen311Server.Start(_ => (404, """{"code":404,"description":"jurisdiction_id not found"}"""));

        var check = await _harness.Plugin.TestConnectionAsync(Context(Settings(server, "")), CancellationToken.None);

        Assert.False(check.Succeeded);
        Assert.Contains("HTTP 404", check.Message, StringComparison.Ordinal);
        Assert.Contains("jurisdiction_id not found", check.Message, StringComparison.Ordinal);
    }

    private object Settings(FakeOpen311Server server, string more) =>
        _harness.BindSettings($$"""{ "source": "open311", "baseUrl": "{{server.BaseUrl}}"{{(more.Length > 0 ? "," + more : "")}} }""");

    private CollectContext Context(object settings) =>
        new(PluginTestHarness<ComplaintTrendsPlugin>.DefaultCollectorId, settings, _harness.Time, _harness.Logger) { TimeZone = _harness.TimeZone };

    private static FixtureRequest Fixture(string id, DateTimeOffset requested) => new(id, requested, requested);
}
