using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Dashboard.Host.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.Security;

/// <summary>A screen's token on real Kestrel: its reads and its live connection, pairing, and what revoking does.</summary>
public sealed class DisplayTokenTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HostWithPlugins _host = new("fixture-good");
    private Uri _address = null!;
    private HttpClient _admin = null!;

    /// <summary>Two collectors, so two generated dashboards (named after their collectors): a screen gets only the first.</summary>
    public async Task InitializeAsync()
    {
        _address = _host.Factory.StartOnKestrel();
        _admin = _host.Factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("lobby", "fixture-good"));
        await HostWithPlugins.CreateAsync(_admin, HostWithPlugins.Collector("back-office", "fixture-good"));
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Token_Reads_SeesOnlyItsDashboardsAndIsStoredOnlyAsAHash()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "lobby");
        using var wall = AccessClients.WithToken(new HttpClient { BaseAddress = _address }, screen.Token);

        var dashboards = await wall.GetFromJsonAsync<JsonElement[]>("/api/dashboards");
        var own = await wall.GetAsync("/api/dashboards/lobby/snapshot");
        var other = await wall.GetAsync("/api/dashboards/back-office/snapshot");
        var otherMetric = await wall.GetAsync("/api/metrics/back-office.value/samples");
        var stored = _host.Factory.Services.GetRequiredService<DisplayScreenStore>().GetAll().Single();

        Assert.Equal("lobby", Assert.Single(dashboards!).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherMetric.StatusCode);
        Assert.DoesNotContain(screen.Token, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.DoesNotContain(screen.PairingCode, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        Assert.NotNull(stored.LastUsedUtcTicks);
    }

    [Fact]
    public async Task Hub_TokenWatchesAnotherDashboard_IsRefused()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "lobby");
        await using var live = new ScreenClient(_address, screen.Token);
        await live.WatchAsync("lobby");

        var refused = await Assert.ThrowsAsync<HubException>(() => live.WatchAsync("back-office"));

        Assert.Contains("may not show dashboard 'back-office'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_OpenHubConnectionAndReads_AreClosedAndRefused()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "lobby");
        using var wall = AccessClients.WithToken(new HttpClient { BaseAddress = _address }, screen.Token);
        await using var live = new ScreenClient(_address, screen.Token);
        await live.WatchAsync("lobby");
        var closed = live.ClosedAsync();

        var revoked = await _admin.DeleteAsync($"/api/screens/{screen.Id}");
        await closed.WaitAsync(Patience);
        var read = await wall.GetAsync("/api/dashboards/lobby/snapshot");
        await using var again = new ScreenClient(_address, screen.Token);
        var reconnect = await Assert.ThrowsAsync<HttpRequestException>(() => again.WatchAsync("lobby"));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(DisplayTokenHandler.RevokedMessage, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, reconnect.StatusCode);
    }

    [Fact]
    public async Task Hub_NoTokenAndAnonymousWallsOff_IsRefused()
    {
        await using var live = new ScreenClient(_address);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => live.WatchAsync("lobby"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Pair_CodeTypedOnTheScreen_GivesAWorkingTokenOnce()
    {
        var screen = await AccessClients.CreateScreenAsync(_admin, "lobby");
        using var tv = new HttpClient { BaseAddress = _address };
        var typed = screen.PairingCode[..4].ToLowerInvariant() + "-" + screen.PairingCode[4..];

        var paired = await tv.PostAsJsonAsync("/api/screens/pair", new { code = typed });
        var body = await paired.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var second = await tv.PostAsJsonAsync("/api/screens/pair", new { code = screen.PairingCode });
        await using var live = new ScreenClient(_address, token);
        var snapshot = await live.WatchAsync("lobby");

        Assert.Equal(HttpStatusCode.OK, paired.StatusCode);
        Assert.StartsWith("/d/lobby?token=", body.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal("lobby", snapshot.DashboardId);
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
