using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;

namespace Dashboard.Host.Tests.Configuration;

public sealed class OpenApiTests : IDisposable
{
    private readonly DashboardHostFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OpenApiDocument_Served_DescribesTheAdminEndpoints()
    {
        var document = await _factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Contains("/api/collectors/{id}/pause", paths);
        Assert.Contains("/api/collectors/{id}/runs", paths);
        Assert.Contains("/api/collectors/test", paths);
        Assert.Contains("/api/schedule/preview", paths);
        Assert.Contains("/api/plugins/{id}/settings-schema", paths);
    }

    [Fact]
    public async Task Scalar_Opened_ServesItsPage()
    {
        var response = await _factory.CreateAdminClient().GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
