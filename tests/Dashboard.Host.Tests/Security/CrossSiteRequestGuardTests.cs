using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Security;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Security;

/// <summary>Changes another site made a browser send with an admin's session are refused (Sec-Fetch-Site).</summary>
public sealed class CrossSiteRequestGuardTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good");

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task CreateUser_FromAnotherSiteWithTheAdminsSession_Is403AndCreatesNothing(string fetchSite)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await SendAsync(admin, HttpMethod.Post, "/api/users", fetchSite, new { userName = "planted", role = "admin", password = "planted-password" });
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal("Cross-site request refused", problem.GetProperty("title").GetString());
        Assert.DoesNotContain(users!, user => user.GetProperty("userName").GetString() == "planted");
    }

    [Theory]
    [InlineData("PUT", "/api/users/admin/role")]
    [InlineData("DELETE", "/api/users/admin")]
    public async Task ChangeOrDeleteUser_FromASiblingSiteWithTheAdminsSession_Is403AndChangesNothing(string method, string path)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await SendAsync(admin, new HttpMethod(method), path, "same-site", method == "PUT" ? new { role = "viewer" } : null);
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal("admin", users!.Single(user => user.GetProperty("userName").GetString() == "admin").GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData(null)]
    public async Task CreateUser_FromTheHostsOwnPagesOrAToolWithoutTheHeader_IsDone(string? fetchSite)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await SendAsync(admin, HttpMethod.Post, "/api/users", fetchSite, new { userName = "welcome", role = "viewer", password = "welcome-password" });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    [Fact]
    public async Task Read_FromAnotherSiteWithTheAdminsSession_IsNotRefused()
    {
        using var admin = _host.Factory.CreateAdminClient();

        var read = await SendAsync(admin, HttpMethod.Get, "/api/users", "cross-site");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task SignIn_FromAnotherSiteWithoutASession_IsNotRefused()
    {
        using var stranger = _host.Factory.CreateClient();

        var signIn = await SendAsync(stranger, HttpMethod.Post, "/api/account/login", "cross-site", new { userName = DashboardHostFactory.AdminUserName, password = _host.Factory.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? fetchSite, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (fetchSite is not null)
        {
            request.Headers.Add(CrossSiteRequestGuard.FetchSiteHeader, fetchSite);
        }

        return await client.SendAsync(request);
    }
}
