using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Security;

/// <summary>The first admin: once, from this machine only, or from the setting; never a default password.</summary>
public sealed class SetupTests
{
    private const string Password = "first-admin-password";

    [Fact]
    public async Task Setup_FromAnotherMachine_Is403WithTheWayToDoIt()
    {
        using var host = HostWithoutAdmin(IPAddress.Parse("203.0.113.9"));
        using var client = host.CreateClient();

        var answer = await client.PostAsJsonAsync("/api/account/setup", new { userName = "admin", password = Password });

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("only from the machine the dashboard runs on", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/account/setup.html")).StatusCode);
    }

    [Fact]
    public async Task Setup_FromLoopbackThroughAProxy_Is403()
    {
        using var host = HostWithoutAdmin(IPAddress.Loopback);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/setup") { Content = JsonContent.Create(new { userName = "admin", password = Password }) };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Setup_FromThisMachine_CreatesTheAdminOnceAndSignsIn()
    {
        using var host = HostWithoutAdmin(IPAddress.Loopback);
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/setup.html")).StatusCode);

        var tooShort = await client.PostAsJsonAsync("/api/account/setup", new { userName = "admin", password = "short" });
        var created = await client.PostAsJsonAsync("/api/account/setup", new { userName = "admin", password = Password });
        var me = await client.GetFromJsonAsync<JsonElement>("/api/account/me");
        var again = await client.PostAsJsonAsync("/api/account/setup", new { userName = "mallory", password = Password });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.True((await tooShort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("admin", "admin"), (me.GetProperty("userName").GetString(), me.GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/account/setup")).GetProperty("needed").GetBoolean());
    }

    [Fact]
    public async Task AdminPasswordSetting_NoUser_CreatesTheAdminAndIsIgnoredOnceUsersExist()
    {
        var data = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = new DashboardHostFactory(new Dictionary<string, string?> { ["Dashboard:Setup:AdminUser"] = "boss", ["Dashboard:Setup:AdminPassword"] = Password }, data))
            {
                using var client = first.CreateSignedInClient("boss", Password);
                Assert.Equal("admin", (await client.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("role").GetString());
            }

            using var second = new DashboardHostFactory(new Dictionary<string, string?> { ["Dashboard:Setup:AdminUser"] = "other", ["Dashboard:Setup:AdminPassword"] = "another-password-x" }, data);
            using var anonymous = second.CreateClient();
            var otherAnswer = await anonymous.PostAsJsonAsync("/api/account/login", new { userName = "other", password = "another-password-x" });
            using var boss = second.CreateSignedInClient("boss", Password);

            Assert.Equal(HttpStatusCode.Unauthorized, otherAnswer.StatusCode);
            Assert.Single(await boss.GetFromJsonAsync<JsonElement[]>("/api/users") ?? []);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task SignIn_NoUserAndNoSetting_NobodyGetsInWithAnyDefault()
    {
        using var host = HostWithoutAdmin(IPAddress.Loopback);
        using var client = host.CreateClient();

        foreach (var (userName, password) in new[] { ("admin", "admin"), ("admin", ""), ("admin", "password") })
        {
            var answer = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
            Assert.Contains(answer.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest });
        }
    }

    // TestServer gives requests no address; this host says they come from the given one, as Kestrel would.
    private static DashboardHostFactory HostWithoutAdmin(IPAddress remoteAddress) =>
        new(new Dictionary<string, string?> { ["Dashboard:Setup:AdminPassword"] = null })
        {
            ConfigureServices = services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remoteAddress)),
        };

    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
