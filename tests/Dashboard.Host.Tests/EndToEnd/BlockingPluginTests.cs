using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Records;
using Dashboard.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Host.Tests.EndToEnd;

/// <summary>
/// The defect of issue 6: a plugin that blocks its thread before its first await (a hung network share) was not
/// stopped by the collector's timeout; with 3 s the run took 20 s and was recorded as a success with its value.
/// </summary>
public sealed class BlockingPluginTests : IAsyncLifetime
{
    private const int BlockSeconds = 20;
    private const int TimeoutSeconds = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(BlockSeconds + 30);
    private readonly TempFolder _input = new();
    private LiveHost _live = null!;

    public Task InitializeAsync()
    {
        _live = LiveHost.Start(new Dictionary<string, string?> { ["Dashboard:JobStorage"] = "LiteDb" }, "fixture-records");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _live.DisposeAsync();
        _input.Dispose();
    }

    [Fact]
    public async Task RunNow_PluginBlocksItsThreadPastTheTimeout_FailsAtTheTimeoutAndItsLateResultIsDiscarded()
    {
        var file = _input.File("events.ndjson");
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllTextAsync(file, $$"""{"id":"a","at":"{{at}}","start":"{{at}}","value":1}""" + "\n");
        await HostWithPlugins.CreateAsync(_live.Client, HostWithPlugins.Collector("hung", "fixture-records", new { file, blockSeconds = BlockSeconds }, timeoutSeconds: TimeoutSeconds));
        var screen = await _live.WatchAsync("hung");

        await _live.Client.PostAsync("/api/collectors/hung/run", null);
        var status = await screen.NextStatusAsync("hung", Patience);
        var recorded = await _live.Client.GetFromJsonAsync<JsonElement>("/api/collectors/hung");
        await _live.Host.Logs.WaitForAsync(entry => entry.Message.Contains($"plugin fixture-records returned after", StringComparison.Ordinal), Patience);

        Assert.Equal($"Plugin 'fixture-records' did not finish within {TimeoutSeconds} s.", status.Error);
        var lastRun = recorded.GetProperty("lastRun");
        Assert.False(lastRun.GetProperty("succeeded").GetBoolean());
        var duration = lastRun.GetProperty("durationMilliseconds").GetInt64();
        // The timeout's timer counts on the runtime's coarse tick, the duration on the stopwatch: it may fire a few ms early.
        Assert.True(duration is >= TimeoutSeconds * 1000 - 50 and < 10_000, $"The run took {duration} ms; the plugin blocks {BlockSeconds} s.");

        // The plugin has now returned its batch; none of it may have been stored.
        var records = _live.Host.Factory.Services.GetRequiredService<IRecordStore>();
        Assert.Null(records.GetCheckpoint("hung"));
        Assert.Empty(records.ReadOverlapping("hung", DateTimeOffset.MinValue, DateTimeOffset.MaxValue));
        var snapshot = await _live.Client.GetFromJsonAsync<JsonElement[]>("/api/snapshot");
        Assert.DoesNotContain(snapshot!, value => value.GetProperty("collectorId").GetString() == "hung");
        var after = await _live.Client.GetFromJsonAsync<JsonElement>("/api/collectors/hung");
        Assert.False(after.GetProperty("lastRun").GetProperty("succeeded").GetBoolean());
        Assert.Equal(0, after.GetProperty("lastRun").GetProperty("recordsNew").GetInt32());
    }
}
