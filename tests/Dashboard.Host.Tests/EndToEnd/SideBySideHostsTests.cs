using System.Net;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>Hangfire keeps some settings per process; a host must keep working when another host in the process stops.</summary>
public sealed class SideBySideHostsTests : IAsyncLifetime
{
    private readonly HostWithPlugins _running = new("fixture-good");
    private HttpClient _client = null!;
    private LiveClient _wall = null!;

    public Task InitializeAsync()
    {
        var address = _running.Factory.StartOnKestrel();
        _client = new HttpClient { BaseAddress = address };
        _wall = new LiveClient(address);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _wall.DisposeAsync();
        _client.Dispose();
        _running.Dispose();
    }

    [Fact]
    public async Task RunNow_AfterAnotherHostInTheProcessStopped_StillCollects()
    {
        using (var other = new HostWithPlugins("fixture-good"))
        {
            Assert.Equal(HttpStatusCode.OK, (await other.Factory.CreateClient().GetAsync("/healthz")).StatusCode);
        }

        await _wall.JoinAsync();
        await HostWithPlugins.CreateAsync(_client, HostWithPlugins.Collector("survivor", "fixture-good", new { value = 3 }));
        var run = await _client.PostAsync("/api/collectors/survivor/run", null);
        var value = await _wall.NextValueAsync("survivor.value", TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(3, value.Value);
    }
}
