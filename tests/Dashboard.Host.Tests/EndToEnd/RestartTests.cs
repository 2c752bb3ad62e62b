using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Scheduling;
using Dashboard.Host.Testing;
using Dashboard.Host.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>On the embedded default (LiteDB for metrics and jobs) a restart keeps collectors, schedules, history and values.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _data = new();
    private readonly TempFolder _plugins = new();

    public RestartTests() => PluginFolders.CopyInto(_plugins.Path, "fixture-good");

    public void Dispose()
    {
        _data.Dispose();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Restart_OnTheSameDataFolder_KeepsCollectorScheduleAndValues()
    {
        LiveValueSnapshot before;
        using (var first = StartHost())
        {
            var address = first.StartOnKestrel();
            using var client = first.CreateAdminClient();
            await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("kept", "fixture-good", new { value = 9 }, "*/5 * * * *"));
            await using var wall = new ScreenClient(address);
            await wall.WatchAsync("kept");
            await client.PostAsync("/api/collectors/kept/run", null);
            var value = await wall.NextValueAsync("kept.value", Patience);
            before = new LiveValueSnapshot(value.Timestamp, value.Value);
        }

        await FileRelease.WaitUntilClosedAsync(Path.Combine(_data.Path, "jobs.db"), Patience);
        using var second = StartHost();
        var secondClient = second.CreateAdminClient();
        var collector = await secondClient.GetFromJsonAsync<JsonElement>("/api/collectors/kept");
        var snapshot = await secondClient.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs());

        Assert.Equal(9, collector.GetProperty("settings").GetProperty("value").GetDouble());
        Assert.True(collector.GetProperty("lastRun").GetProperty("succeeded").GetBoolean());
        Assert.Equal(CollectorJobScheduler.RecurringJobId("kept"), job.Id);
        Assert.Equal("*/5 * * * *", job.Cron);
        var last = Assert.Single(snapshot!, value => value.GetProperty("metricKey").GetString() == "kept.value");
        Assert.Equal(before.Value, last.GetProperty("value").GetDouble());
        Assert.Equal(before.Timestamp, last.GetProperty("timestamp").GetDateTimeOffset());
    }

    [Fact]
    public async Task Restart_PausedCollectorWithRunHistory_StaysPausedWithoutAJobAndKeepsItsHistory()
    {
        var logs = new LogCapture();
        using (var first = StartHost(logs))
        {
            var client = first.CreateAdminClient();
            await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("resting", "fixture-good", new { value = 4 }, "*/5 * * * *"));
            await client.PostAsync("/api/collectors/resting/run", null);
            await logs.WaitForAsync(entry => entry.Message == "Collector resting run recorded: Succeeded", Patience);
            await client.PostAsync("/api/collectors/resting/pause", null);
        }

        await FileRelease.WaitUntilClosedAsync(Path.Combine(_data.Path, "jobs.db"), Patience);
        using var second = StartHost();
        var secondClient = second.CreateAdminClient();
        var collector = await secondClient.GetFromJsonAsync<JsonElement>("/api/collectors/resting");
        var runs = await secondClient.GetFromJsonAsync<JsonElement[]>("/api/collectors/resting/runs");
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Equal("paused", collector.GetProperty("state").GetString());
        Assert.Empty(connection.GetRecurringJobs());
        Assert.Equal("succeeded", Assert.Single(runs!).GetProperty("outcome").GetString());
    }

    private DashboardHostFactory StartHost(LogCapture? logs = null) => new(
        new Dictionary<string, string?>
        {
            ["Dashboard:JobStorage"] = "LiteDb",
            ["Dashboard:PluginsDirectory"] = _plugins.Path,
            ["Dashboard:AllowAnonymousWalls"] = "true",
        },
        _data.Path)
    {
        ConfigureServices = services =>
        {
            if (logs is not null)
            {
                services.AddLogging(logging => logging.AddProvider(logs).AddFilter<LogCapture>("Dashboard", LogLevel.Debug));
            }
        },
    };

    private sealed record LiveValueSnapshot(DateTimeOffset Timestamp, double? Value);
}
