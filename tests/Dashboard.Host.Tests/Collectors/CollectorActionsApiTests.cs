using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Collectors;
using Dashboard.Host.Scheduling;
using Dashboard.Host.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Collectors;

/// <summary>Pause, resume, test connection and run history through the real host, its Hangfire server and the fixture record plugin.</summary>
public sealed class CollectorActionsApiTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _input = new();
    private readonly HostWithPlugins _host = new("fixture-records");
    private readonly HttpClient _client;

    public CollectorActionsApiTests() => _client = _host.Factory.CreateAdminClient();

    public void Dispose()
    {
        _host.Dispose();
        _input.Dispose();
    }

    [Fact]
    public async Task Pause_ScheduledCollector_RemovesItsJobKeepsItsScheduleAndResumeRestoresIt()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-records", cron: "*/5 * * * *"));

        var paused = await (await _client.PostAsync("/api/collectors/desk/pause", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("paused", paused.GetProperty("state").GetString());
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal("*/5 * * * *", paused.GetProperty("cron").GetString());
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("nextRunUtc").ValueKind);
        Assert.Empty(RecurringJobIds());

        var resumed = await (await _client.PostAsync("/api/collectors/desk/resume", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(resumed.GetProperty("paused").GetBoolean());
        Assert.Equal(JsonValueKind.String, resumed.GetProperty("nextRunUtc").ValueKind);
        Assert.Equal([CollectorJobScheduler.RecurringJobId("desk")], RecurringJobIds());
    }

    [Fact]
    public async Task Update_PausedCollector_StaysPaused()
    {
        var request = HostWithPlugins.Collector("desk", "fixture-records", cron: "*/5 * * * *");
        await HostWithPlugins.CreateAsync(_client, request);
        await _client.PostAsync("/api/collectors/desk/pause", null);

        var updated = await (await _client.PutAsJsonAsync("/api/collectors/desk", request with { Name = "Front desk" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("paused", updated.GetProperty("state").GetString());
        Assert.Empty(RecurringJobIds());
    }

    [Fact]
    public async Task Pause_UnknownCollector_Returns404()
    {
        var response = await _client.PostAsync("/api/collectors/nobody/pause", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Test_SavedCollectorWithItsFile_SucceedsWithThePluginsMessage()
    {
        var file = _input.File("events.ndjson");
        await File.WriteAllTextAsync(file, "");
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-records", new { file }));

        var result = await (await _client.PostAsync("/api/collectors/desk/test", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal($"{file} is readable.", result.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Test_UnsavedSettingsWithAMissingFile_FailsReadablyAndSavesNothing()
    {
        var missing = _input.File("missing.ndjson");

        var response = await _client.PostAsJsonAsync("/api/collectors/test", HostWithPlugins.Collector("", "fixture-records", new { file = missing }) with { Id = null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal($"{missing} does not exist.", result.GetProperty("message").GetString());
        Assert.Empty(await _client.GetFromJsonAsync<JsonElement[]>("/api/collectors") ?? []);
    }

    [Fact]
    public async Task Test_UpstreamHangsPastTheTimeout_FailsAtTheTimeoutNotWithA500()
    {
        // The plugin blocks 20 s; the collector allows 1 s.
        var request = HostWithPlugins.Collector("hung", "fixture-records", new { blockSeconds = 20 }, timeoutSeconds: 1);

        var response = await _client.PostAsJsonAsync("/api/collectors/test", request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal("Plugin 'fixture-records' did not finish within 1 s; the source did not answer in time.", result.GetProperty("message").GetString());
        // At the timeout: the timer may fire a few milliseconds before the stopwatch that measures the test reads 1 s.
        Assert.InRange(result.GetProperty("durationMilliseconds").GetInt64(), 950, 10_000);
    }

    [Fact]
    public async Task Test_PluginThrows_FailsWithTheExceptionInWordsNotWithA500()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors/test", HostWithPlugins.Collector("desk", "fixture-records", new { failWith = "connection refused" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal("Plugin 'fixture-records' failed: InvalidOperationException: connection refused", result.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Test_UnsavedSettingOutOfRange_Returns400NamingTheSettingAndEchoingTheValue()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors/test", HostWithPlugins.Collector("desk", "fixture-records", new { blockSeconds = 999 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("settings.blockSeconds")[0].GetString();
        Assert.Contains("You gave 999.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CronThatNeverFires_Returns400NamingCron()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("desk", "fixture-records", cron: "0 0 30 2 *"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("cron")[0].GetString();
        Assert.StartsWith("'0 0 30 2 *' never fires", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_AfterARunNow_ShowsTheRunWithItsRecordsAndDuration()
    {
        var file = _input.File("events.ndjson");
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllTextAsync(file, $$"""{"id":"a","at":"{{at}}","start":"{{at}}","value":1}""" + "\n" + $$"""{"id":"b","at":"{{at}}","start":"{{at}}","value":2}""" + "\nnot json\n");
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-records", new { file }));

        await _client.PostAsync("/api/collectors/desk/run", null);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector desk run recorded: Succeeded", Patience);
        var run = Assert.Single(await _client.GetFromJsonAsync<JsonElement[]>("/api/collectors/desk/runs") ?? []);

        Assert.Equal("succeeded", run.GetProperty("outcome").GetString());

        // Lines a and b are new records; the third line is not JSON and is skipped.
        Assert.Equal(2, run.GetProperty("recordsNew").GetInt32());
        Assert.Equal(1, run.GetProperty("linesSkipped").GetInt32());

        // The fixture plugin's three metrics over the default three windows: 9 figures.
        Assert.Equal(9, run.GetProperty("samplesWritten").GetInt32());
        Assert.Contains("line 3", run.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_FailingPlugin_KeepsTheWholeErrorMessage()
    {
        var reason = "The upstream answered 503 Service Unavailable: " + new string('x', 400);
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-records", new { failWith = reason }));

        await _client.PostAsync("/api/collectors/desk/run", null);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector desk run recorded: Failed", Patience);
        var runs = await _client.GetFromJsonAsync<JsonElement[]>("/api/collectors/desk/runs") ?? [];

        Assert.Equal("failed", runs[0].GetProperty("outcome").GetString());
        Assert.StartsWith($"Plugin 'fixture-records' failed: System.InvalidOperationException: {reason} at Fixture.RecordPlugin.", runs[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        var listed = await _client.GetFromJsonAsync<JsonElement>("/api/collectors/desk");
        Assert.Equal("failing", listed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task RunNow_WhileTheCollectorsPreviousRunIsStillGoing_IsSkippedAndRecordedAsSkipped()
    {
        // The first run blocks 3 s; the second trigger comes once the first has started.
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("slow", "fixture-records", new { blockSeconds = 3 }, timeoutSeconds: 20));

        await _client.PostAsync("/api/collectors/slow/run", null);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector slow run started", Patience);
        await _client.PostAsync("/api/collectors/slow/run", null);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector slow skipped a run: its previous run is still going", Patience);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector slow run recorded: Succeeded", Patience);
        var runs = await _client.GetFromJsonAsync<JsonElement[]>("/api/collectors/slow/runs") ?? [];

        // Newest first: the skip started after the first run did.
        Assert.Equal(["skipped", "succeeded"], runs.Select(run => run.GetProperty("outcome").GetString()));
        Assert.Equal(CollectJob.SkippedReason, runs[0].GetProperty("error").GetString());
        Assert.True(runs[1].GetProperty("durationMilliseconds").GetInt64() >= 3_000);
        Assert.Single(_host.Logs.Entries, entry => entry.Message == "Collector slow run started");
    }

    [Fact]
    public async Task Schedule_EverySecondWithARunOfThreeSeconds_TriggersDuringTheRunAreSkippedNotOverlapped()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("ticking", "fixture-records", new { blockSeconds = 3 }, "* * * * * *", timeoutSeconds: 20));

        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector ticking skipped a run: its previous run is still going", Patience);
        await _host.Logs.WaitForAsync(entry => entry.Message == "Collector ticking run recorded: Succeeded", Patience);
        await _client.PostAsync("/api/collectors/ticking/pause", null);
        var runs = await _client.GetFromJsonAsync<JsonElement[]>("/api/collectors/ticking/runs?limit=500") ?? [];

        // Runs that really ran never overlap: each starts after the one before it ended.
        var ran = runs.Where(run => run.GetProperty("outcome").GetString() != "skipped")
            .Select(run => (Start: run.GetProperty("startedUtc").GetDateTimeOffset(), Duration: run.GetProperty("durationMilliseconds").GetInt64()))
            .OrderBy(run => run.Start)
            .ToList();
        Assert.Contains(runs, run => run.GetProperty("outcome").GetString() == "skipped");
        Assert.All(ran.Zip(ran.Skip(1)), pair => Assert.True(pair.Second.Start >= pair.First.Start.AddMilliseconds(pair.First.Duration)));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    public async Task Runs_LimitOutOfRange_Returns400(string query)
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-records"));

        var response = await _client.GetAsync($"/api/collectors/desk/runs?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private List<string> RecurringJobIds()
    {
        using var connection = _host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(job => job.Id).ToList();
    }
}
