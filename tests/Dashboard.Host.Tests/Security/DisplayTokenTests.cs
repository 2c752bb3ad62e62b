using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Dashboard.Host.Tests.EndToEnd;
using Dashboard.Host.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Security;

/// <summary>A screen's token on real Kestrel: its reads and its live connection, pairing, and what revoking does.</summary>
public sealed class DisplayTokenTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HostWithPlugins _host = new("fixture-good");
    private readonly Uri _address;
    private readonly HttpClient _admin;

    public DisplayTokenTests()
    {
        _address = _host.Factory.StartOnKestrel();
        _admin = _host.Factory.CreateAdminClient();
    }

    public void Dispose()
    {
        _admin.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task Token_Reads_SeesItsWallAndIsStoredOnlyAsAHash()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "default");
        using var wall = AccessClients.WithToken(new HttpClient { BaseAddress = _address }, screen.Token);

        var walls = await wall.GetFromJsonAsync<JsonElement[]>("/api/walls");
        var snapshot = await wall.GetAsync("/api/walls/default");
        var stored = _host.Factory.Services.GetRequiredService<DisplayScreenStore>().GetAll().Single();

        Assert.Equal("default", Assert.Single(walls!).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
        Assert.DoesNotContain(screen.Token, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.DoesNotContain(screen.PairingCode, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.NotNull(stored.LastUsedUtcTicks);
    }

    [Fact]
    public async Task Revoke_OpenHubConnectionAndReads_AreClosedAndRefused()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "default");
        using var wall = AccessClients.WithToken(new HttpClient { BaseAddress = _address }, screen.Token);
        await using var live = new LiveClient(_address, screen.Token);
        await live.JoinAsync();
        var closed = live.ClosedAsync();

        var revoked = await _admin.DeleteAsync($"/api/screens/{screen.Id}");
        await closed.WaitAsync(Patience);
        var read = await wall.GetAsync("/api/walls/default");
        await using var again = new LiveClient(_address, screen.Token);
        var reconnect = await Assert.ThrowsAsync<HttpRequestException>(() => again.JoinAsync());

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(DisplayTokenHandler.RevokedMessage, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, reconnect.StatusCode);
    }

    [Fact]
    public async Task Hub_NoTokenAndAnonymousWallsOff_IsRefused()
    {
        await using var live = new LiveClient(_address);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => live.JoinAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Pair_CodeTypedOnTheScreen_GivesAWorkingTokenOnce()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "default");
        using var tv = new HttpClient { BaseAddress = _address };
        var typed = screen.PairingCode[..4].ToLowerInvariant() + "-" + screen.PairingCode[4..];

        var paired = await tv.PostAsJsonAsync("/api/screens/pair", new { code = typed });
        var token = (await paired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var second = await tv.PostAsJsonAsync("/api/screens/pair", new { code = screen.PairingCode });
        await using var live = new LiveClient(_address, token);
        var snapshot = await live.JoinAsync();

        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal("default", snapshot.Wall.Id);
    }

    [Fact]
    public async Task Create_UnknownDashboardOrNoName_Is400NamingTheField()
    {
        var answer = await _admin.PostAsJsonAsync("/api/screens", new { name = "", dashboardIds = new[] { "no-such-wall" } });
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.Contains("'no-such-wall'", errors.GetProperty("dashboardIds")[0].GetString(), StringComparison.Ordinal);
    }
}
