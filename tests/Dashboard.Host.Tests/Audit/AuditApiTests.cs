using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Security;
using Dashboard.Host.Tests.Security;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Audit;

/// <summary>Changes through the real host's admin and editor API, read back from <c>GET /api/audit</c>.</summary>
public sealed class AuditApiTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AdminChanges_AcceptedAndRefused_AreWrittenWithUserRouteAndStatusButNoBody()
    {
        using var admin = _host.Factory.CreateAdminClient();

        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "vic", role = Roles.Editor, password = "secret-password-of-vic" });
        var refused = await admin.PostAsJsonAsync("/api/users", new { userName = "bad name!", role = Roles.Editor, password = "another-secret-password" });
        var read = await admin.GetAsync("/api/users");
        var audit = await admin.GetAsync("/api/audit");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(read.IsSuccessStatusCode);
        var text = await audit.Content.ReadAsStringAsync();
        var entries = JsonSerializer.Deserialize<JsonElement>(text).EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal((400, "POST", "/api/users"), Describe(entries[0]));
        Assert.Equal((201, "POST", "/api/users"), Describe(entries[1]));
        Assert.All(entries, entry => Assert.Equal(Testing.DashboardHostFactory.AdminUserName, entry.GetProperty("user").GetString()));
        Assert.DoesNotContain("secret-password", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorChange_IsWrittenUnderTheEditorsName()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var editor = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "vic", Roles.Editor);

        var answer = await editor.DeleteAsync("/api/dashboards/no-such-dashboard");

        var newest = (await admin.GetFromJsonAsync<JsonElement>("/api/audit?limit=1")).EnumerateArray().Single();
        Assert.Equal("vic", newest.GetProperty("user").GetString());
        Assert.Equal(((int)answer.StatusCode, "DELETE", "/api/dashboards/{id}"), Describe(newest));
        Assert.Equal("/api/dashboards/no-such-dashboard", newest.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    public async Task Read_LimitOutOfRange_Is400NamingLimit(string limit)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await admin.GetAsync($"/api/audit?limit={limit}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("from 1 to 500", problem.GetProperty("errors").GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
    }

    private static (int Status, string? Method, string? Route) Describe(JsonElement entry) =>
        (entry.GetProperty("status").GetInt32(), entry.GetProperty("method").GetString(), entry.GetProperty("route").GetString());
}
