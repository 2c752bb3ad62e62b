using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Host.Tests.Support;
using static Dashboard.Host.Tests.Dashboards.DashboardRequests;

namespace Dashboard.Host.Tests.Dashboards;

/// <summary>The dashboards API on the real host with a real LiteDB file.</summary>
public sealed class DashboardsApiTests : IAsyncLifetime
{
    private readonly HostWithPlugins _host = new("fixture-good");
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _host.Factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("ticker", "fixture-good"));
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Put_TilesBreakingRules_NamesEveryFieldPathAndValue()
    {
        var response = await _client.PutAsJsonAsync("/api/dashboards/lobby", Document(
            "Lobby",
            new { id = "a", widget = "number", x = 8, y = 0, w = 6, h = 2, collectorId = "ticker", metric = "nope" },
            new { id = "b", widget = "pie", x = 0, y = 0, w = 20, h = 1 },
            new { id = "c", widget = "number", x = 0, y = 2, w = 2, h = 2, collectorId = "nobody", metric = "value", thresholds = new { warning = 5, critical = 9 } }));

        var errors = await ErrorsAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        // x 8 + w 6 = 14 cells, two past the 12 columns.
        Assert.Equal("must end inside the grid: x + w must be at most columns (12); was 8 + 6 = 14.", Assert.Single(errors["tiles[0].w"]));
        Assert.Contains("was 'nope'", Assert.Single(errors["tiles[0].metric"]));
        Assert.Equal("must be between 1 and columns (12); was 20.", Assert.Single(errors["tiles[1].w"]));
        Assert.Contains("was 'pie'", Assert.Single(errors["tiles[1].widget"]));
        Assert.Contains("there is no collector 'nobody'", Assert.Single(errors["tiles[2].collectorId"]));
    }

    [Fact]
    public async Task Put_ThresholdsAgainstDirectionAndOverlap_Refused()
    {
        var response = await _client.PutAsJsonAsync("/api/dashboards/lobby", Document(
            "Lobby",
            new { id = "a", widget = "number", x = 0, y = 0, w = 4, h = 2, collectorId = "ticker", metric = "value", thresholds = new { warning = 5, critical = 9 } },
            new { id = "b", widget = "clock", x = 3, y = 1, w = 2, h = 2 }));

        var errors = await ErrorsAsync(response);

        // The fixture's value is higher-is-better, so critical (9) above warning (5) is backwards.
        Assert.Equal("must be at most warning (5) where higher is better; was 9.", Assert.Single(errors["tiles[0].thresholds.critical"]));
        Assert.Contains("must not overlap tiles[0] ('a')", Assert.Single(errors["tiles[1]"]));
    }

    [Fact]
    public async Task Put_UnreadableValue_NamesTheFieldPath()
    {
        using var body = new StringContent("""{ "title": "x", "columns": 12, "rows": 6, "tiles": [ { "id": "a", "w": "wide" } ] }""", Encoding.UTF8, "application/json");

        var response = await _client.PutAsync("/api/dashboards/lobby", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tiles[0].w", (await ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Put_ThenGetAndList_ReturnsTheDocumentAndItsTileCount()
    {
        var created = await _client.PutAsJsonAsync("/api/dashboards/lobby", Document("Lobby", NumberTile("a", "ticker"), NumberTile("b", "ticker", x: 3)));
        var replaced = await _client.PutAsJsonAsync("/api/dashboards/lobby", Document("Lobby, renamed", NumberTile("a", "ticker")));

        var document = await _client.GetFromJsonAsync<JsonElement>("/api/dashboards/lobby");
        var list = await _client.GetFromJsonAsync<JsonElement[]>("/api/dashboards");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Lobby, renamed", document.GetProperty("title").GetString());
        Assert.Equal("en", document.GetProperty("language").GetString());
        Assert.Equal("user", document.GetProperty("origin").GetString());
        var summary = Assert.Single(list!, entry => entry.GetProperty("id").GetString() == "lobby");
        Assert.Equal(1, summary.GetProperty("tileCount").GetInt32());
    }

    [Fact]
    public async Task Delete_Existing_GoneThenNotFound()
    {
        await PutAsync(_client, "lobby", Document("Lobby", NumberTile("a", "ticker")));

        var first = await _client.DeleteAsync("/api/dashboards/lobby");
        var second = await _client.DeleteAsync("/api/dashboards/lobby");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/dashboards/lobby")).StatusCode);
    }

    [Fact]
    public async Task ExportThenImport_AsAFormFile_SameDocumentUnderTheFileName()
    {
        await PutAsync(_client, "lobby", Document("Lobby", NumberTile("a", "ticker")));
        var export = await _client.GetAsync("/api/dashboards/lobby/export");
        var exported = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await export.Content.ReadAsStringAsync())!;
        exported.Remove("id");

        using var form = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(exported), Encoding.UTF8, "application/json"), "file", "copy.json" } };
        var imported = await _client.PostAsync("/api/dashboards/import", form);
        using var again = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(exported), Encoding.UTF8, "application/json"), "file", "copy.json" } };
        var conflict = await _client.PostAsync("/api/dashboards/import", again);

        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lobby.json", export.Content.Headers.ContentDisposition?.FileName);
        Assert.False(exported.ContainsKey("provisioned"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = await _client.GetFromJsonAsync<JsonElement>("/api/dashboards/copy");
        Assert.Equal("Lobby", copy.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsJsonAsync("/api/dashboards/import?overwrite=true", new Dictionary<string, JsonElement>(exported) { ["id"] = JsonSerializer.SerializeToElement("copy") })).StatusCode);
    }

    [Fact]
    public async Task Import_BrokenFile_NamesFileLineAndField()
    {
        using var form = new MultipartFormDataContent { { new StringContent("{\n  \"title\": \"x\",\n  \"columns\": \"twelve\"\n}", Encoding.UTF8, "application/json"), "file", "broken.json" } };

        var response = await _client.PostAsync("/api/dashboards/import", form);

        var message = Assert.Single((await ErrorsAsync(response))["columns"]);
        Assert.Contains("broken.json (line 3", message);
    }

    [Fact]
    public async Task Playlists_PutGetDelete_AndItemsNamedWhenWrong()
    {
        await PutAsync(_client, "lobby", Document("Lobby", NumberTile("a", "ticker")));

        var invalid = await _client.PutAsJsonAsync("/api/playlists/hall", new { title = "Hall", items = new object[] { new { dashboardId = "lobby", seconds = 2 }, new { dashboardId = "nowhere", seconds = 30 } } });
        var created = await _client.PutAsJsonAsync("/api/playlists/hall", new { title = "Hall", items = new[] { new { dashboardId = "lobby", seconds = 45 } }, interruptOnCritical = true });
        var read = await _client.GetFromJsonAsync<JsonElement>("/api/playlists/hall");
        var deleted = await _client.DeleteAsync("/api/playlists/hall");

        var errors = await ErrorsAsync(invalid);
        Assert.Equal("must be between 5 and 86400; was 2.", Assert.Single(errors["items[0].seconds"]));
        Assert.Contains("'nowhere'", Assert.Single(errors["items[1].dashboardId"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(45, read.GetProperty("items")[0].GetProperty("seconds").GetInt32());
        Assert.True(read.GetProperty("interruptOnCritical").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
