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

public sealed class CollectorsApiTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good", "fixture-throwing");
    private readonly HttpClient _client;

    public CollectorsApiTests() => _client = _host.Factory.CreateAdminClient();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Create_ValidCollector_Returns201AndSchedulesOneRecurringJob()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("front-desk", "fixture-good", new { value = 7 }, "*/5 * * * *"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, created.GetProperty("settings").GetProperty("value").GetDouble());
        Assert.Equal(0, created.GetProperty("settings").GetProperty("delayMilliseconds").GetInt32());
        Assert.Equal(JsonValueKind.String, created.GetProperty("nextRunUtc").ValueKind);
        var job = Assert.Single(RecurringJobs());
        Assert.Equal(CollectorJobScheduler.RecurringJobId("front-desk"), job.Id);
        Assert.Equal("*/5 * * * *", job.Cron);
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400NamingEveryField()
    {
        var request = new CollectorRequest("Bad Id!", "", "fixture-good", JsonSerializer.SerializeToElement(new { value = 5000 }), "every minute", "Mars/Olympus", true, 0);

        var response = await _client.PostAsJsonAsync("/api/collectors", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["cron", "id", "name", "settings.value", "timeZone", "timeoutSeconds"],
            errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Mars/Olympus", errors.GetProperty("timeZone")[0].GetString());
        Assert.Empty(RecurringJobs());
    }

    [Fact]
    public async Task Create_NoTimeZoneOrWindows_TakesHelsinkiAndTodaySixtyMinutesSevenDays()
    {
        var request = HostWithPlugins.Collector("desk", "fixture-good") with { TimeZone = null };

        var created = await (await _client.PostAsJsonAsync("/api/collectors", request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Europe/Helsinki", created.GetProperty("timeZone").GetString());
        Assert.Equal(["today", "60m", "7d"], created.GetProperty("windows").EnumerateArray().Select(window => window.GetString()));
    }

    [Fact]
    public async Task Create_BadWindows_NamesEachByIndex()
    {
        var request = HostWithPlugins.Collector("desk", "fixture-good") with { Windows = ["today", "60 minutes", "today", "0h", "8h"] };

        var response = await _client.PostAsJsonAsync("/api/collectors", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["windows[1]", "windows[2]", "windows[3]"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'60 minutes' is not a window", errors.GetProperty("windows[1]")[0].GetString());
        Assert.Contains("listed twice", errors.GetProperty("windows[2]")[0].GetString());
        Assert.Contains("'0h'", errors.GetProperty("windows[3]")[0].GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task Create_NoWindowOrMoreThanTen_AsksForOneToTen(int count)
    {
        var request = HostWithPlugins.Collector("desk", "fixture-good") with { Windows = Enumerable.Range(1, count).Select(hours => $"{hours}h").ToList() };

        var response = await _client.PostAsJsonAsync("/api/collectors", request);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("1 to 10 windows", errors.GetProperty("windows")[0].GetString());
    }

    [Fact]
    public async Task Update_NewWindows_AreKept()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good"));

        await _client.PutAsJsonAsync("/api/collectors/desk", HostWithPlugins.Collector("desk", "fixture-good") with { Windows = ["15m", "today"] });

        var collector = await _client.GetFromJsonAsync<JsonElement>("/api/collectors/desk");
        Assert.Equal(["15m", "today"], collector.GetProperty("windows").EnumerateArray().Select(window => window.GetString()));
    }

    [Fact]
    public async Task Create_UnknownSetting_NamesIt()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("desk", "fixture-good", new { valeu = 3 }));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("valeu", body);
    }

    [Fact]
    public async Task Create_PluginThatFailedToLoad_ExplainsWhy()
    {
        var response = await _client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("desk", "fixture-throwing"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The fixture refuses to start.", body);
    }

    [Fact]
    public async Task Create_SameIdTwice_Returns409AndKeepsTheFirst()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good", new { value = 1 }));

        var response = await _client.PostAsJsonAsync("/api/collectors", HostWithPlugins.Collector("desk", "fixture-good", new { value = 2 }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var kept = await _client.GetFromJsonAsync<JsonElement>("/api/collectors/desk");
        Assert.Equal(1, kept.GetProperty("settings").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Update_Disable_RemovesTheRecurringJobAndKeepsTheCollector()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good"));

        var response = await _client.PutAsJsonAsync("/api/collectors/desk", HostWithPlugins.Collector("desk", "fixture-good") with { Enabled = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(RecurringJobs());
        var collector = await _client.GetFromJsonAsync<JsonElement>("/api/collectors/desk");
        Assert.False(collector.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, collector.GetProperty("nextRunUtc").ValueKind);
    }

    [Fact]
    public async Task Update_IdInBodyDiffersFromUrl_Returns400()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good"));

        var response = await _client.PutAsJsonAsync("/api/collectors/desk", HostWithPlugins.Collector("other", "fixture-good"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithoutEnabled_Returns400NamingEnabledAndKeepsADisabledCollectorDisabled()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good") with { Enabled = false });

        var response = await _client.PutAsJsonAsync("/api/collectors/desk", HostWithPlugins.Collector("desk", "fixture-good") with { Enabled = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("enabled", out _));
        Assert.False((await _client.GetFromJsonAsync<JsonElement>("/api/collectors/desk")).GetProperty("enabled").GetBoolean());
        Assert.Empty(RecurringJobs());
    }

    [Fact]
    public async Task Update_AnotherPlugin_Returns400NamingPluginId()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good"));

        var response = await _client.PutAsJsonAsync("/api/collectors/desk", HostWithPlugins.Collector("desk", "fixture-throwing"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("pluginId")[0].GetString();
        Assert.StartsWith("This collector reads with plugin 'fixture-good', not 'fixture-throwing'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Existing_RemovesCollectorAndJob()
    {
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("desk", "fixture-good"));

        var response = await _client.DeleteAsync("/api/collectors/desk");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/collectors/desk")).StatusCode);
        Assert.Empty(RecurringJobs());
    }

    [Theory]
    [InlineData("GET", "/api/collectors/nobody")]
    [InlineData("DELETE", "/api/collectors/nobody")]
    [InlineData("POST", "/api/collectors/nobody/run")]
    public async Task UnknownCollector_Returns404ProblemNamingIt(string method, string path)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nobody", await response.Content.ReadAsStringAsync());
    }

    private List<RecurringJobDto> RecurringJobs()
    {
        using var connection = _host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }
}
