using System.Net;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>Hangfire keeps some settings per process; a host must keep working when another host in the process stops.</summary>
public sealed class SideBySideHostsTests : IAsyncLifetime
{
    private LiveHost _running = null!;

    public Task InitializeAsync()
    {
        _running = LiveHost.Start(new Dictionary<string, string?>(), "fixture-good");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _running.DisposeAsync();

    [Fact]
    public async Task RunNow_AfterAnotherHostInTheProcessStopped_StillCollects()
    {
        using (var other = new HostWithPlugins("fixture-good"))
        {
            Assert.Equal(HttpStatusCode.OK, (await other.Factory.CreateClient().GetAsync("/healthz")).StatusCode);
        }

        await HostWithPlugins.CreateAsync(_running.Client, HostWithPlugins.Collector("survivor", "fixture-good", new { value = 3 }));
        var screen = await _running.WatchAsync("survivor");
        var run = await _running.Client.PostAsync("/api/collectors/survivor/run", null);
        var value = await screen.NextValueAsync("survivor.value", TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal(3, value.Value);
    }
}
