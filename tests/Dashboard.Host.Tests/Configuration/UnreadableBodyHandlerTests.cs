using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Configuration;

/// <summary>Requests the API cannot read get a 400 naming the field, never a 500, and store nothing.</summary>
public sealed class UnreadableBodyHandlerTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good");
    private readonly HttpClient _client;

    public UnreadableBodyHandlerTests() => _client = _host.Factory.CreateAdminClient();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("""{ "id": "desk", "name": "Desk", "pluginId": "fixture-good", "timeoutSeconds": "soon" }""", "timeoutSeconds")]
    [InlineData("""{ "id": "desk", "name": """, "name")]
    public async Task Create_UnreadableBody_Returns400NamingTheField(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/collectors", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("line 1", Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
        var collectors = await _client.GetFromJsonAsync<JsonElement>("/api/collectors");
        Assert.Equal(0, collectors.GetArrayLength());
    }

    [Fact]
    public async Task Samples_QueryValueOfTheWrongKind_Returns400NamingTheParameter()
    {
        var response = await _client.GetAsync("/api/metrics/front-desk.value/samples?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("yesterday", Assert.Single(problem.GetProperty("errors").GetProperty("from").EnumerateArray()).GetString());
    }
}
