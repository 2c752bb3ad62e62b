using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Security;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Security;

/// <summary>Sign-in with real cookies, lockout, password change and the admin's user management.</summary>
public sealed class AccountApiTests : IDisposable
{
    private readonly HostWithPlugins _host = new("fixture-good");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        using var admin = _host.Factory.CreateAdminClient();
        await AccessClients.CreateUserClientAsync(_host.Factory, admin, "lena", Roles.Viewer);
        using var client = _host.Factory.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= UserAccounts.MaxFailedSignIns; attempt++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/account/login", new { userName = "lena", password = "wrong-password-" + attempt })).StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/account/login", new { userName = "LENA", password = AccessClients.ViewerPassword });
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>();
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/users");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked for 15 more minutes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, users!.Single(user => user.GetProperty("userName").GetString() == "lena").GetProperty("lockedUntilUtc").ValueKind);
    }

    [Fact]
    public async Task ResetPassword_LockedUser_CanSignInWithTheNewOne()
    {
        using var admin = _host.Factory.CreateAdminClient();
        await AccessClients.CreateUserClientAsync(_host.Factory, admin, "lars", Roles.Viewer);
        using var client = _host.Factory.CreateClient();
        for (var attempt = 0; attempt < UserAccounts.MaxFailedSignIns; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new { userName = "lars", password = "wrong-password" });
        }

        var reset = await admin.PutAsJsonAsync("/api/users/lars/password", new { password = "a-brand-new-password" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var lars = _host.Factory.CreateSignedInClient("lars", "a-brand-new-password");
        Assert.Equal("viewer", (await lars.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentOrShortNew_Is400NamingEachFieldThenWorksAndEndsOtherSessions()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var mine = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "mia", Roles.Editor);
        using var otherSession = _host.Factory.CreateSignedInClient("mia", AccessClients.ViewerPassword);

        var refused = await mine.PostAsJsonAsync("/api/account/password", new { currentPassword = "not-it", newPassword = "short" });
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var changed = await mine.PostAsJsonAsync("/api/account/password", new { currentPassword = AccessClients.ViewerPassword, newPassword = "mias-new-long-password" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(errors.TryGetProperty("currentPassword", out _));
        Assert.Contains("at least 12 characters", errors.GetProperty("newPassword")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherSession.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task LastAdmin_DeleteOrDemote_Is409AndWorksOnceAnotherAdminExists()
    {
        using var admin = _host.Factory.CreateAdminClient();
        var self = DashboardHostFactory.AdminUserName;

        var demote = await admin.PutAsJsonAsync($"/api/users/{self}/role", new { role = "viewer" });
        var delete = await admin.DeleteAsync($"/api/users/{self}");
        using var second = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "ada", Roles.Admin);
        var deleteNow = await second.DeleteAsync($"/api/users/{self}");

        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("last admin", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleteNow.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task CreateUser_BadFieldsAndTakenName_Are400NamingFieldsAnd409()
    {
        using var admin = _host.Factory.CreateAdminClient();

        var bad = await admin.PostAsJsonAsync("/api/users", new { userName = "has space", role = "owner", password = "short" });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var taken = await admin.PostAsJsonAsync("/api/users", new { userName = "ADMIN", role = "viewer", password = "long-enough-password" });
        var nullBody = await admin.PostAsync("/api/users", new StringContent("null", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["password", "role", "userName"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullBody.StatusCode);
    }

    [Fact]
    public async Task ChangeRole_ViewerMadeEditor_OldCookieEndsAndNewSignInHasTheRole()
    {
        using var admin = _host.Factory.CreateAdminClient();
        using var before = await AccessClients.CreateUserClientAsync(_host.Factory, admin, "eve", Roles.Viewer);

        var changed = await admin.PutAsJsonAsync("/api/users/eve/role", new { role = "editor" });
        using var after = _host.Factory.CreateSignedInClient("eve", AccessClients.ViewerPassword);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal("editor", (await after.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        using var admin = _host.Factory.CreateAdminClient();

        var signedOut = await admin.PostAsync("/api/account/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/collectors")).StatusCode);
    }
}
