using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Host.Tests.Support;

namespace Dashboard.Host.Tests.Plugins;

/// <summary>What a plugin warns about during a run is kept with the run, through a real host running the fixture plugin.</summary>
public sealed class WarningRecorderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly HostWithPlugins _host = new("fixture-records");
    private readonly TempFolder _input = new();

    public void Dispose()
    {
        _host.Dispose();
        _input.Dispose();
    }

    [Fact]
    public async Task RunNow_PluginLogsAWarningAndSkipsALine_LastRunAndHistoryKeepBothAsWarnings()
    {
        var file = _input.File("events.ndjson");
        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        await File.WriteAllTextAsync(file, $$"""{"id":"a","at":"{{at}}","start":"{{at}}"}""" + "\n{not json\n");
        using var client = _host.Factory.CreateAdminClient();
        await HostWithPlugins.CreateAsync(client, HostWithPlugins.Collector("partial", "fixture-records", new { file, warnWith = "archive folder missing; read only today's file" }));

        await client.PostAsync("/api/collectors/partial/run", null);
        await _host.Logs.WaitForAsync(entry => entry.Message.Contains("Collector partial stored", StringComparison.Ordinal), Patience);
        var lastRun = (await client.GetFromJsonAsync<JsonElement>("/api/collectors/partial")).GetProperty("lastRun");

        Assert.True(lastRun.GetProperty("succeeded").GetBoolean());
        var warnings = lastRun.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("archive folder missing; read only today's file", warnings[0]);
        Assert.StartsWith($"{file}, line 2: not JSON", warnings[1], StringComparison.Ordinal);
        var history = await client.GetFromJsonAsync<JsonElement>("/api/collectors/partial/runs");
        var kept = history.EnumerateArray().Single().GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString());
        Assert.Equal(warnings, kept);
    }
}
