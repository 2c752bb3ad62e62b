using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Security;
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
    [InlineData("same-origin")]
    [InlineData(null)]
    public async Task CreateUser_FromTheHostsOwnPagesOrAToolWithoutTheHeader_IsDone(string? fetchSite)
    {
        using var admin = _host.Factory.CreateAdminClient();

        var answer = await SendAsync(admin, HttpMethod.Post, "/api/users", fetchSite, new { userName = "welcome", role = "viewer", password = "welcome-password" });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    [Fact]
    public async Task ReadAndChangeWithoutSession_FromAnotherSite_AreNotRefusedByTheGuard()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var stranger = _host.Factory.CreateClient();

        var read = await SendAsync(admin, HttpMethod.Get, "/api/users", "cross-site");
        var push = await SendAsync(stranger, HttpMethod.Post, "/api/collectors/nobody/events", "cross-site", new { id = "a" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, push.StatusCode);
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
