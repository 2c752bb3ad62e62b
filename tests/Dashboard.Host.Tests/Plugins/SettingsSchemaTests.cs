using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Plugins;

/// <summary>GET /api/plugins/{id}/settings-schema through the real host, for the built feedback plugin and a fixture.</summary>
public sealed class SettingsSchemaTests : IDisposable
{
    private readonly HostWithPlugins _host = new("feedback", "fixture-records", "fixture-future-sdk");
    private readonly HttpClient _client;

    public SettingsSchemaTests() => _client = _host.Factory.CreateAdminClient();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GetSettingsSchema_FeedbackPlugin_NamesSettingsAsTheBinderDoesWithLimitsEnumsDefaultsAndRequired()
    {
        var schema = await _client.GetFromJsonAsync<JsonElement>("/api/plugins/feedback/settings-schema");
        var properties = schema.GetProperty("properties");

        Assert.Contains("filePattern", schema.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(["demo", "csvFolder", "jsonUrl", "push"], properties.GetProperty("source").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal("demo", properties.GetProperty("source").GetProperty("default").GetString());
        var opensAt = properties.GetProperty("opensAt");
        Assert.Equal("integer", opensAt.GetProperty("type").GetString());
        Assert.Equal(0, opensAt.GetProperty("minimum").GetDouble());
        Assert.Equal(23, opensAt.GetProperty("maximum").GetDouble());
        Assert.Equal(8, opensAt.GetProperty("default").GetInt32());
        Assert.Equal(1, properties.GetProperty("csvDelimiter").GetProperty("maxLength").GetInt32());
        Assert.False(properties.TryGetProperty("OpensAt", out _));
    }

    [Fact]
    public async Task GetSettingsSchema_FixturePlugin_MapsRangeOfItsSetting()
    {
        var schema = await _client.GetFromJsonAsync<JsonElement>("/api/plugins/fixture-records/settings-schema");
        var block = schema.GetProperty("properties").GetProperty("blockSeconds");

        Assert.Equal(0, block.GetProperty("minimum").GetDouble());
        Assert.Equal(600, block.GetProperty("maximum").GetDouble());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("nobody", HttpStatusCode.NotFound)]
    [InlineData("fixture-future-sdk", HttpStatusCode.Conflict)]
    public async Task GetSettingsSchema_MissingOrInactivePlugin_AnswersWithAProblem(string pluginId, HttpStatusCode expected)
    {
        var response = await _client.GetAsync($"/api/plugins/{pluginId}/settings-schema");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
