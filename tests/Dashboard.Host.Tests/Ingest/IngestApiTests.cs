using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Ingest;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Ingest;

public sealed class IngestApiTests : IDisposable
{
    private readonly IngestHost _host = new(new Dictionary<string, string?> { ["Dashboard:MaxIngestBodyBytes"] = "2048" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Events_LinesWithOneBad_StoresTheGoodOnesAndNamesTheBadLine()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var body = string.Join("\n", IngestHost.Event("a", 0, value: 1), IngestHost.Event("b", 1), IngestHost.Event("a", 5, value: 2, ended: true), """{"id":"c"}""");

        var response = await _host.PushAsync("desk", key, body);

        // a and b are new; a's second event changes it; line 4 has no 'at'.
        var reply = await Read<IngestResponse>(response, HttpStatusCode.OK);
        Assert.Equal((2, 1, 0, 1), (reply.New, reply.Updated, reply.Duplicate, reply.Rejected));
        var problem = Assert.Single(reply.Problems);
        Assert.Equal((4, "at"), (problem.Line, problem.Field));
        Assert.Equal(["a", "b"], _host.AllRecords("desk").Select(record => record.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["desk"], _host.Figures.Requests);
    }

    [Fact]
    public async Task Events_SameBodyTwice_SecondIsAllDuplicatesAndAsksForNoRefresh()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var body = IngestHost.Event("a", 0) + "\n" + IngestHost.Event("a", 3, ended: true);
        await _host.PushAsync("desk", key, body);

        var reply = await Read<IngestResponse>(await _host.PushAsync("desk", key, body), HttpStatusCode.OK);

        Assert.Equal((0, 0, 2, 0), (reply.New, reply.Updated, reply.Duplicate, reply.Rejected));
        Assert.Single(_host.Figures.Requests);
    }

    [Fact]
    public async Task Events_KeyInXIngestKeyHeader_IsAccepted()
    {
        var key = await _host.CreateCollectorAsync("desk");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/collectors/desk/events") { Content = new StringContent(IngestHost.Event("a", 0), Encoding.UTF8, IngestHost.Ndjson) };
        request.Headers.Add(IngestRequest.KeyHeader, key);

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(1, (await Read<IngestResponse>(response, HttpStatusCode.OK)).New);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dsk_wrong")]
    [InlineData("other")]
    public async Task Events_MissingWrongOrOtherCollectorsKey_Returns401AndStoresNothing(string? presented)
    {
        await _host.CreateCollectorAsync("desk");
        var otherKey = await _host.CreateCollectorAsync("other");

        var response = await _host.PushAsync("desk", presented == "other" ? otherKey : presented, IngestHost.Event("a", 0));

        await Read<JsonElement>(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_host.AllRecords("desk"));
        Assert.Empty(_host.Figures.Requests);
    }

    [Fact]
    public async Task Events_UnknownCollector_Returns401LikeAWrongKey()
    {
        var key = await _host.CreateCollectorAsync("desk");

        var response = await _host.PushAsync("no-such-desk", key, IngestHost.Event("a", 0));

        await Read<JsonElement>(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Events_PluginThatTakesNoPushes_Returns409SayingSo()
    {
        var key = await _host.CreateCollectorAsync("counter", pluginId: "fixture-good");

        var problem = await Read<JsonElement>(await _host.PushAsync("counter", key, IngestHost.Event("a", 0)), HttpStatusCode.Conflict);

        Assert.Contains("does not take pushed events", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Events_ContentTypeThePluginDoesNotRead_Returns415ListingWhatItReads()
    {
        var key = await _host.CreateCollectorAsync("desk");

        var problem = await Read<JsonElement>(await _host.PushAsync("desk", key, "id,at", "text/csv"), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal([IngestHost.Ndjson], problem.GetProperty("accepted").EnumerateArray().Select(type => type.GetString()));
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Events_BodyOverTheLimit_Returns413AndStoresNothing()
    {
        var key = await _host.CreateCollectorAsync("desk");

        // Forty lines of about 70 bytes each are over the test's 2,048-byte limit.
        var body = string.Join("\n", Enumerable.Range(0, 40).Select(number => IngestHost.Event($"r{number}", 0)));

        await Read<JsonElement>(await _host.PushAsync("desk", key, body), HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(_host.AllRecords("desk"));
    }

    [Fact]
    public async Task Events_BodyThePluginRefusesWhole_Returns400NamingThePlace()
    {
        var key = await _host.CreateCollectorAsync("desk");

        var problem = await Read<JsonElement>(await _host.PushAsync("desk", key, "  \n"), HttpStatusCode.BadRequest);

        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Contains("collector desk", problem.GetProperty("source").GetString());
        Assert.Contains("no event", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Events_PluginReturnsRecordBreakingTheRules_Returns422AndStoresNoneOfTheBatch()
    {
        var key = await _host.CreateCollectorAsync("desk");
        var tooLongId = new string('x', 201);

        var response = await _host.PushAsync("desk", key, IngestHost.Event("fine", 0) + "\n" + IngestHost.Event(tooLongId, 0));

        var problem = await Read<JsonElement>(response, HttpStatusCode.UnprocessableContent);
        Assert.Contains("1 to 200 characters", problem.GetProperty("detail").GetString());
        Assert.Empty(_host.AllRecords("desk"));
    }

    [Fact]
    public async Task Events_PluginThrows_Returns502WithTheReasonAndThePluginsOwnFrameAndStoresNothing()
    {
        var key = await _host.CreateCollectorAsync("desk", new { failWith = "queue system offline" });

        var problem = await Read<JsonElement>(await _host.PushAsync("desk", key, IngestHost.Event("a", 0)), HttpStatusCode.BadGateway);

        Assert.Contains("queue system offline", problem.GetProperty("detail").GetString());
        Assert.Equal("System.InvalidOperationException", problem.GetProperty("exceptionType").GetString());
        Assert.Equal("queue system offline", problem.GetProperty("exceptionMessage").GetString());
        var frame = problem.GetProperty("pluginFrame").GetString()!;
        Assert.StartsWith("Fixture.RecordPlugin.RecordFixturePlugin.Prepare in ", frame, StringComparison.Ordinal);
        FixtureThrow.AssertPointsAtTheThrow(frame);
        Assert.Contains(frame, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_host.AllRecords("desk"));
    }

    [Fact]
    public async Task Events_PluginBlocksItsThreadPastTheTimeout_Returns504AtTheTimeout()
    {
        var key = await _host.CreateCollectorAsync("desk", new { blockSeconds = 20 }, timeoutSeconds: 1);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var problem = await Read<JsonElement>(await _host.PushAsync("desk", key, IngestHost.Event("a", 0)), HttpStatusCode.GatewayTimeout);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.Contains("1 s", problem.GetProperty("detail").GetString());
        Assert.Empty(_host.AllRecords("desk"));
    }

    [Fact]
    public async Task Create_Collector_ShowsTheKeyInTheCreateReplyOnlyAndStoresOnlyItsHash()
    {
        var key = await _host.CreateCollectorAsync("desk");

        var shown = await _host.Client.GetStringAsync("/api/collectors/desk") + await _host.Client.GetStringAsync("/api/collectors") + await _host.Client.GetStringAsync("/api/collectors/desk/ingest-key");

        Assert.StartsWith(IngestKeyStore.KeyPrefix, key);
        Assert.DoesNotContain(key, shown);
        Assert.DoesNotContain("ingestKey", shown);
        var stored = _host.Services.GetRequiredService<IngestKeyStore>().Find("desk")!;
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored.Hash);
    }

    [Fact]
    public async Task RotateKey_OldKeyStopsAtOnceAndTheNewOneWorks()
    {
        var oldKey = await _host.CreateCollectorAsync("desk");

        var rotated = await Read<IngestKeyResponse>(await _host.Client.PostAsync("/api/collectors/desk/ingest-key", null), HttpStatusCode.OK);

        Assert.NotEqual(oldKey, rotated.IngestKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PushAsync("desk", oldKey, IngestHost.Event("a", 0))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.PushAsync("desk", rotated.IngestKey, IngestHost.Event("a", 0))).StatusCode);
    }

    [Fact]
    public async Task RotateKey_CollectorFromBeforeKeys_GetsItsFirstKey()
    {
        var collectors = _host.Services.GetRequiredService<CollectorRepository>();
        await collectors.TryInsertAsync(new Collector { Id = "seeded", Name = "Seeded", PluginId = "fixture-records", Cron = "0 0 1 1 *" });
        var before = await Read<IngestKeyInfoResponse>(await _host.Client.GetAsync("/api/collectors/seeded/ingest-key"), HttpStatusCode.OK);

        var rotated = await Read<IngestKeyResponse>(await _host.Client.PostAsync("/api/collectors/seeded/ingest-key", null), HttpStatusCode.OK);
        await _host.PushAsync("seeded", rotated.IngestKey, IngestHost.Event("a", 0));

        Assert.False(before.HasKey);
        var after = await Read<IngestKeyInfoResponse>(await _host.Client.GetAsync("/api/collectors/seeded/ingest-key"), HttpStatusCode.OK);
        Assert.True(after.HasKey);
        Assert.NotNull(after.LastUsedUtc);
        Assert.Single(_host.AllRecords("seeded"));
    }

    [Fact]
    public async Task RotateKey_UnknownCollector_Returns404()
    {
        await Read<JsonElement>(await _host.Client.PostAsync("/api/collectors/nobody/ingest-key", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_Collector_DeletesItsKeyAndRecords()
    {
        var key = await _host.CreateCollectorAsync("desk");
        await _host.PushAsync("desk", key, IngestHost.Event("a", 0));

        Assert.Equal(HttpStatusCode.NoContent, (await _host.Client.DeleteAsync("/api/collectors/desk")).StatusCode);

        Assert.Null(_host.Services.GetRequiredService<IngestKeyStore>().Find("desk"));
        Assert.Empty(_host.AllRecords("desk"));
        await _host.CreateCollectorAsync("desk");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PushAsync("desk", key, IngestHost.Event("b", 0))).StatusCode);
    }

    private static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web)!;
    }
}
